import type { ReactNode } from "react";
import { act, renderHook, waitFor } from "@testing-library/react";
import { QueryClientProvider } from "@tanstack/react-query";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "../backend/types.ts";
import { testQueryClient } from "../testing/data-wrapper.tsx";
import { readSchemaCache, writeSchemaCache } from "./schema-cache.ts";
import { FakeBackend, fakeSchema } from "../testing/fake-backend.ts";
import { SCHEMA_MAX_AGE_MS, useSchemaBootstrap } from "./use-schema-bootstrap.ts";

const U1: CurrentUser = { id: "u1" };
const U2: CurrentUser = { id: "u2" };

function setup(
  opts: { user?: CurrentUser | null; cached?: { title: string; etag: string | null; savedAt: number }; prepare?: (b: FakeBackend) => void } = {},
) {
  const backend = new FakeBackend();
  opts.prepare?.(backend);
  const clock = { advance: (ms: number) => vi.setSystemTime(Date.now() + ms) };
  if (opts.cached) writeSchemaCache(backend.baseUrl, "u1", { schema: fakeSchema(opts.cached.title), etag: opts.cached.etag, savedAt: opts.cached.savedAt });
  const client = testQueryClient();
  const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={client}>{children}</QueryClientProvider>;
  const hook = renderHook(({ user }: { user: CurrentUser | null }) => useSchemaBootstrap(backend, user), {
    initialProps: { user: opts.user === undefined ? U1 : opts.user },
    wrapper,
  });
  return { backend, clock, hook };
}

/** Ask the server now, and let React Query's notifications (scheduled with a timer) reach the hook. */
async function revalidate(hook: { result: { current: { revalidate(): Promise<void> } } }) {
  await act(async () => {
    await hook.result.current.revalidate();
    await new Promise((r) => setTimeout(r, 0));
  });
}

/** The window is shown again (React Query listens for visibilitychange). */
function focusWindow() {
  act(() => {
    window.dispatchEvent(new Event("visibilitychange"));
  });
}

describe("useSchemaBootstrap", () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(1_000_000);
  });
  afterEach(() => {
    vi.useRealTimers();
    localStorage.clear();
  });

  it("loads without a cached copy, then caches it with its ETag", async () => {
    const { backend, hook } = setup();
    expect(hook.result.current.status).toBe("loading");
    await waitFor(() => expect(hook.result.current.status).toBe("ready"));
    expect(backend.loadSchema).toHaveBeenCalledTimes(1);
    expect(backend.loadSchema.mock.calls[0]?.[0]).toBeUndefined();
    expect(hook.result.current.schema?.title).toBe("Fake");
    expect(readSchemaCache(backend.baseUrl, "u1")).toMatchObject({ etag: '"v1"', savedAt: 1_000_000 });
  });

  it("revalidates with the cached copy; 304 keeps it and refreshes savedAt", async () => {
    const { backend, hook } = setup({
      cached: { title: "Cached", etag: '"c1"', savedAt: 5 },
      prepare: (b) => b.loadSchema.mockImplementation(async (cached) => ({ schema: cached?.schema ?? fakeSchema("?"), etag: null, notModified: true })),
    });
    await waitFor(() => expect(hook.result.current.status).toBe("ready"));
    expect(backend.loadSchema.mock.calls[0]?.[0]).toMatchObject({ etag: '"c1"', schema: { title: "Cached" } });
    expect(hook.result.current.schema?.title).toBe("Cached");
    expect(readSchemaCache(backend.baseUrl, "u1")).toMatchObject({ etag: '"c1"', savedAt: 1_000_000 });
  });

  it("a different ETag on a focus revalidation offers the update instead of swapping", async () => {
    const { backend, clock, hook } = setup();
    await waitFor(() => expect(hook.result.current.status).toBe("ready"));

    // focus within 5 minutes: no request
    clock.advance(SCHEMA_MAX_AGE_MS - 1);
    focusWindow();
    expect(backend.loadSchema).toHaveBeenCalledTimes(1);

    clock.advance(1);
    backend.loadSchema.mockResolvedValueOnce({ schema: fakeSchema("Newer"), etag: '"v2"', notModified: false });
    focusWindow();
    await waitFor(() => expect(hook.result.current.schemaUpdateAvailable).toBe(true));
    expect(backend.loadSchema).toHaveBeenCalledTimes(2);
    expect(backend.loadSchema.mock.calls[1]?.[0]).toMatchObject({ etag: '"v1"' });
    expect(hook.result.current.schema?.title).toBe("Fake");
    expect(readSchemaCache(backend.baseUrl, "u1")?.etag).toBe('"v2"');

    act(() => hook.result.current.applySchemaUpdate());
    expect(hook.result.current.schema?.title).toBe("Newer");
    expect(hook.result.current.schemaUpdateAvailable).toBe(false);
  });

  it("a same-ETag revalidation does not offer an update", async () => {
    const { backend, hook } = setup();
    await waitFor(() => expect(hook.result.current.status).toBe("ready"));
    backend.loadSchema.mockResolvedValueOnce({ schema: fakeSchema("Fake"), etag: '"v1"', notModified: false });
    await revalidate(hook);
    expect(backend.loadSchema).toHaveBeenCalledTimes(2);
    expect(hook.result.current.schemaUpdateAvailable).toBe(false);
  });

  it("without ETags, a changed document is an update and an identical one is not", async () => {
    const { backend, hook } = setup({ prepare: (b) => b.loadSchema.mockResolvedValueOnce({ schema: fakeSchema("Same"), etag: null, notModified: false }) });
    await waitFor(() => expect(hook.result.current.status).toBe("ready"));
    backend.loadSchema.mockResolvedValueOnce({ schema: fakeSchema("Same"), etag: null, notModified: false });
    await revalidate(hook);
    expect(hook.result.current.schemaUpdateAvailable).toBe(false);
    backend.loadSchema.mockResolvedValueOnce({ schema: fakeSchema("Changed"), etag: null, notModified: false });
    await revalidate(hook);
    expect(hook.result.current.schemaUpdateAvailable).toBe(true);
  });

  it("a failed revalidation keeps the cached schema", async () => {
    const { backend, hook } = setup();
    await waitFor(() => expect(hook.result.current.status).toBe("ready"));
    backend.loadSchema.mockRejectedValueOnce(new Error("network down"));
    await revalidate(hook);
    expect(hook.result.current.status).toBe("ready");
    expect(hook.result.current.schema?.title).toBe("Fake");
    expect(hook.result.current.schemaUpdateAvailable).toBe(false);
  });

  it("shows the cached copy on the first render, before the server answers", async () => {
    let answer: (v: { schema: ReturnType<typeof fakeSchema>; etag: string | null; notModified: boolean }) => void = () => undefined;
    const { backend, hook } = setup({
      cached: { title: "Cached", etag: '"c1"', savedAt: 5 },
      prepare: (b) => b.loadSchema.mockImplementation((cached) => new Promise((resolve) => (answer = () => resolve({ schema: cached!.schema, etag: '"c1"', notModified: true })))),
    });
    expect(hook.result.current.status).toBe("ready");
    expect(hook.result.current.schema?.title).toBe("Cached");
    const shown = hook.result.current.schema;
    expect(backend.loadSchema.mock.calls[0]?.[0]).toMatchObject({ etag: '"c1"' });
    await act(async () => answer({ schema: fakeSchema("x"), etag: null, notModified: true }));
    expect(hook.result.current.schema).toBe(shown);
    expect(hook.result.current.schemaUpdateAvailable).toBe(false);
    expect(readSchemaCache(backend.baseUrl, "u1")).toMatchObject({ etag: '"c1"', savedAt: 1_000_000 });
  });

  it("a different first answer than the cached copy on screen is offered as an update, not swapped in", async () => {
    const { hook } = setup({
      cached: { title: "Cached", etag: '"c1"', savedAt: 5 },
      prepare: (b) => b.loadSchema.mockResolvedValueOnce({ schema: fakeSchema("Newer"), etag: '"c2"', notModified: false }),
    });
    expect(hook.result.current.schema?.title).toBe("Cached");
    await waitFor(() => expect(hook.result.current.schemaUpdateAvailable).toBe(true));
    expect(hook.result.current.schema?.title).toBe("Cached");
    act(() => hook.result.current.applySchemaUpdate());
    expect(hook.result.current.schema?.title).toBe("Newer");
    expect(hook.result.current.schemaUpdateAvailable).toBe(false);
  });

  it("a failed first load falls back to the cached copy, marked stale", async () => {
    const { hook } = setup({ cached: { title: "Cached", etag: '"c1"', savedAt: 5 }, prepare: (b) => b.loadSchema.mockRejectedValueOnce(new Error("offline")) });
    expect(hook.result.current.stale).toBe(false); // shown at once, not yet known to be stale
    await waitFor(() => expect(hook.result.current.stale).toBe(true));
    expect(hook.result.current.status).toBe("ready");
    expect(hook.result.current.schema?.title).toBe("Cached");
  });

  it("a failed first load without a cache is an error; retry loads again", async () => {
    const { backend, hook } = setup({ prepare: (b) => b.loadSchema.mockRejectedValueOnce(new Error("boom")) });
    await waitFor(() => expect(hook.result.current.status).toBe("error"));
    expect((hook.result.current.error as Error).message).toBe("boom");
    act(() => hook.result.current.retry());
    await waitFor(() => expect(hook.result.current.status).toBe("ready"));
    expect(backend.loadSchema).toHaveBeenCalledTimes(2);
  });

  it("never shows one user's cached schema to another user", async () => {
    const { backend, hook } = setup({ cached: { title: "Secret of u1", etag: '"c1"', savedAt: 5 } });
    await waitFor(() => expect(hook.result.current.status).toBe("ready"));
    backend.loadSchema.mockClear();
    let release: () => void = () => undefined;
    backend.loadSchema.mockImplementationOnce(
      (cached) =>
        new Promise((resolve) => {
          expect(cached).toBeUndefined();
          release = () => resolve({ schema: fakeSchema("For u2"), etag: '"u2"', notModified: false });
        }),
    );
    hook.rerender({ user: U2 });
    expect(hook.result.current.status).toBe("loading");
    expect(hook.result.current.schema).toBeUndefined();
    await waitFor(() => expect(backend.loadSchema).toHaveBeenCalledTimes(1));
    await act(async () => release());
    await waitFor(() => expect(hook.result.current.schema?.title).toBe("For u2"));
    expect(readSchemaCache(backend.baseUrl, "u1")?.schema.title).toBe("Fake");
    expect(readSchemaCache(backend.baseUrl, "u2")?.schema.title).toBe("For u2");
  });

  it("revalidates after a sign-in of the same user, even when the copy is fresh", async () => {
    const { backend, hook } = setup();
    await waitFor(() => expect(hook.result.current.status).toBe("ready"));
    backend.loadSchema.mockResolvedValueOnce({ schema: fakeSchema("After login"), etag: '"v9"', notModified: false });
    act(() => backend.emitSession(U1, "signed-in"));
    await waitFor(() => expect(hook.result.current.schemaUpdateAvailable).toBe(true));
    expect(backend.loadSchema).toHaveBeenCalledTimes(2);
    act(() => backend.emitSession(U1, "refreshed"));
    expect(backend.loadSchema).toHaveBeenCalledTimes(2);
  });

  it("passes an abort signal and aborts the first load when the user changes", async () => {
    const { backend, hook } = setup();
    const signal = backend.loadSchema.mock.calls[0]?.[1]?.signal;
    expect(signal).toBeInstanceOf(AbortSignal);
    hook.rerender({ user: U2 });
    expect(signal?.aborted).toBe(true);
    await waitFor(() => expect(hook.result.current.status).toBe("ready"));
  });

  it("does nothing while disabled", () => {
    const backend = new FakeBackend();
    const client = testQueryClient();
    const hook = renderHook(() => useSchemaBootstrap(backend, null, { enabled: false }), {
      wrapper: ({ children }: { children: ReactNode }) => <QueryClientProvider client={client}>{children}</QueryClientProvider>,
    });
    expect(hook.result.current.status).toBe("loading");
    expect(backend.loadSchema).not.toHaveBeenCalled();
  });
});
