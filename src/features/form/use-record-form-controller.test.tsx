// The record form's controller on its own: no page, no fields rendered, a scriptable backend.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { act, renderHook, waitFor, type RenderHookResult } from "@testing-library/react";
import { useMemo, useSyncExternalStore, type ReactNode } from "react";
import type { ResourceSchema } from "../../protocol/types.ts";
import type { Versioned } from "../../backend/types.ts";
import { ApiError } from "../../backend/api-error.ts";
import { normalizeError } from "../../backend/normalize-error.ts";
import { FakeBackend, fakeResource, fakeSchema } from "../../testing/fake-backend.ts";
import { dataWrapper } from "../../testing/data-wrapper.tsx";
import { SessionContext, type Session } from "../auth/session-context.ts";
import { draftKey } from "./form-draft.ts";
import { useRecordFormController } from "./use-record-form-controller.ts";
import type { RecordFormController, RecordFormControllerProps } from "./types.ts";

const users: ResourceSchema = fakeResource("users");
const RECORD: Versioned = { item: { id: "a1", name: "Ada", owner: null, editor: null }, version: '"1"' };

/** Whether the session is lost, as the session provider would report it. */
function sessionState() {
  let lost = false;
  const listeners = new Set<() => void>();
  return {
    get: () => lost,
    set(next: boolean) {
      lost = next;
      for (const l of listeners) l();
    },
    subscribe(l: () => void) {
      listeners.add(l);
      return () => void listeners.delete(l);
    },
  };
}

let backend: FakeBackend;
let session: ReturnType<typeof sessionState>;

beforeEach(() => {
  localStorage.clear();
  backend = new FakeBackend();
  session = sessionState();
});
afterEach(() => localStorage.clear());

function setup(props: Partial<RecordFormControllerProps> = {}): RenderHookResult<RecordFormController, unknown> & { onSaved: ReturnType<typeof vi.fn> } {
  const onSaved = vi.fn();
  const Data = dataWrapper(backend, fakeSchema("Fake", [users]));
  function Wrapper({ children }: { children: ReactNode }) {
    const lost = useSyncExternalStore(session.subscribe, session.get);
    const value = useMemo(
      (): Session => ({
        backend,
        info: { title: "Fake", login: { kind: "none" }, authRequired: true, devCredentials: [] },
        user: backend.user,
        lost,
        demoCredentials: [],
        signedIn: () => {},
        signOut: async () => {},
      }),
      [lost],
    );
    return (
      <Data>
        <SessionContext value={value}>{children}</SessionContext>
      </Data>
    );
  }
  const rendered = renderHook(() => useRecordFormController({ resource: users, mode: "edit", record: RECORD, onSaved, ...props }), {
    wrapper: Wrapper,
  });
  return { ...rendered, onSaved };
}

/** Type into a field the way its widget would. */
function type(result: { current: RecordFormController }, name: string, value: unknown) {
  act(() => result.current.form.setValue(result.current.keyOf(name)!, value, { shouldDirty: true }));
}

function fieldError(controller: RecordFormController, name: string): string | undefined {
  return controller.form.getFieldState(controller.keyOf(name)!).error?.message;
}

describe("useRecordFormController — saving", () => {
  it("sends only the changed fields with the record's ETag, then reports the saved record", async () => {
    const { result, onSaved } = setup();
    expect(result.current.values).toEqual({ name: "Ada", id: "a1", owner: null, editor: null });
    type(result, "name", "Grace");
    expect(result.current.changed).toEqual(["name"]);
    await act(() => result.current.save());
    expect(backend.update).toHaveBeenCalledTimes(1);
    expect(backend.update).toHaveBeenCalledWith(users, "a1", { name: "Grace" }, '"1"');
    expect(onSaved).toHaveBeenCalledWith({ item: { id: "a1", name: "Grace" }, version: '"2"' });
    expect(result.current.saved).toBe(true);
    expect(result.current.saving).toBe(false);
  });

  it("validates first: an empty required field stops the save, is marked, and the summary says so", async () => {
    const { result, onSaved } = setup({ mode: "create", record: undefined });
    await act(() => result.current.save());
    expect(backend.create).not.toHaveBeenCalled();
    expect(onSaved).not.toHaveBeenCalled();
    expect(result.current.formError).toEqual(["Please correct the marked field."]);
    expect(fieldError(result.current, "name")).toBe("Name is required");
  });

  it("runs one save at a time", async () => {
    const { result } = setup();
    type(result, "name", "Twice");
    await act(() => Promise.all([result.current.save(), result.current.save()]));
    expect(backend.update).toHaveBeenCalledTimes(1);
  });

  it("Save and add another creates, then starts over from the initial values without leaving", async () => {
    const { result, onSaved } = setup({ mode: "create", record: undefined, initialValues: { owner: "u1" } });
    type(result, "name", "First");
    await act(() => result.current.save("save-and-add"));
    expect(backend.create).toHaveBeenCalledWith(users, { name: "First", owner: "u1" });
    expect(onSaved).not.toHaveBeenCalled();
    expect(result.current.values).toMatchObject({ name: null, owner: "u1" });
    expect(result.current.changed).toEqual([]);
    expect(result.current.saved).toBe(false);
  });
});

describe("useRecordFormController — defaults", () => {
  const posts = fakeResource("posts", {
    fields: {
      ...users.fields,
      status: { type: "string", widget: "select", required: false, readonly: false, nullable: false, default: "draft", options: [{ value: "draft", label: "draft" }, { value: "published", label: "published" }] },
    },
  });

  it("a create form starts on each field's default and sends it; a duplicate's values win; an edit form starts on the record", async () => {
    const { result } = setup({ resource: posts, mode: "create", record: undefined });
    expect(result.current.values).toMatchObject({ name: null, status: "draft" });
    expect(result.current.changed).toEqual([]);
    type(result, "name", "First");
    await act(() => result.current.save("save-and-add"));
    expect(backend.create).toHaveBeenCalledWith(posts, { name: "First", status: "draft" });
    // save and add another starts on the defaults again
    expect(result.current.values).toMatchObject({ name: null, status: "draft" });

    expect(setup({ resource: posts, mode: "create", record: undefined, initialValues: { status: "published" } }).result.current.values).toMatchObject({ status: "published" });
    expect(setup({ resource: posts, record: { item: { id: "p1", name: "Old", status: null }, version: null } }).result.current.values).toMatchObject({ status: null });
  });
});

describe("useRecordFormController — version conflicts", () => {
  it("a 412 opens the conflict (theirs beside mine); cancel keeps my values; resolving saves the merge with the server's ETag", async () => {
    const theirs: Versioned = { item: { id: "a1", name: "Theirs", owner: "u9", editor: null }, version: '"3"' };
    const stale = () => new ApiError({ status: 412, code: "ETAG_MISMATCH", message: "Stale" });
    backend.update.mockRejectedValueOnce(stale()).mockRejectedValueOnce(stale());
    backend.get.mockResolvedValue(theirs);
    const { result, onSaved } = setup();
    type(result, "name", "Mine");

    await act(() => result.current.save());
    expect(result.current.conflict.pending?.rows).toEqual([
      { field: "name", mine: "Mine", theirs: "Theirs", both: true, initial: "mine" },
      { field: "owner", mine: null, theirs: "u9", both: false, initial: "theirs" },
    ]);
    act(() => result.current.conflict.cancel());
    expect(result.current.conflict.pending).toBeNull();
    expect(result.current.values.name).toBe("Mine");

    await act(() => result.current.save());
    expect(result.current.conflict.pending).not.toBeNull();
    await act(async () => result.current.conflict.resolve({ name: "mine" }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    expect(backend.update).toHaveBeenLastCalledWith(users, "a1", { name: "Mine" }, '"3"');
    expect(result.current.values).toMatchObject({ name: "Mine", owner: "u9" });
    expect(result.current.conflict.pending).toBeNull();
  });

  it("a 428 fetches the record's ETag and saves once more with it", async () => {
    backend.update.mockRejectedValueOnce(new ApiError({ status: 428, code: "ETAG_REQUIRED", message: "If-Match required" }));
    backend.get.mockResolvedValue({ item: RECORD.item, version: '"5"' });
    const { result, onSaved } = setup({ record: { item: RECORD.item, version: null } });
    type(result, "name", "After 428");
    await act(() => result.current.save());
    expect(backend.update.mock.calls.map((c) => c[3])).toEqual([null, '"5"']);
    expect(backend.update).toHaveBeenLastCalledWith(users, "a1", { name: "After 428" }, '"5"');
    expect(onSaved).toHaveBeenCalledTimes(1);
  });

  it("a 428 when the edited field changed on the server meanwhile opens the conflict instead", async () => {
    backend.update.mockRejectedValueOnce(new ApiError({ status: 428, code: "ETAG_REQUIRED", message: "If-Match required" }));
    backend.get.mockResolvedValue({ item: { ...RECORD.item, name: "Changed elsewhere" }, version: '"5"' });
    const { result, onSaved } = setup();
    type(result, "name", "Mine");
    await act(() => result.current.save());
    expect(backend.update).toHaveBeenCalledTimes(1);
    expect(result.current.conflict.pending?.rows.map((r) => r.field)).toEqual(["name"]);
    expect(onSaved).not.toHaveBeenCalled();
  });
});

describe("useRecordFormController — lost session", () => {
  it("holds the save while signed out and resumes it after sign-in with everything typed", async () => {
    backend.update.mockImplementationOnce(async () => {
      session.set(true);
      throw new ApiError({ status: 401, code: "AUTH_REQUIRED", message: "Token expired", authLost: true });
    });
    const { result, onSaved } = setup();
    type(result, "name", "Mine");
    await act(() => result.current.save());
    expect(result.current.awaitingSignIn).toBe(true);
    expect(result.current.formError).toBeNull();
    expect(onSaved).not.toHaveBeenCalled();
    type(result, "owner", "u2"); // typed while the sign-in dialog is open
    expect(backend.update).toHaveBeenCalledTimes(1);

    act(() => session.set(false));
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    expect(backend.update).toHaveBeenLastCalledWith(users, "a1", { name: "Mine", owner: "u2" }, '"1"');
    expect(result.current.awaitingSignIn).toBe(false);
  });
});

describe("useRecordFormController — server errors", () => {
  it("puts a 409 that names its field (Craft Easy unique key) on that field and says so in the summary, by the schema's labels", async () => {
    backend.update.mockRejectedValueOnce(
      normalizeError({ status: 409, body: { error: { code: "CONFLICT", message: "A users record with this name already exists", details: { field: "name" } } } }),
    );
    const { result, onSaved } = setup();
    type(result, "name", "Taken");
    await act(() => result.current.save());
    // worded from the schema's labels (this fake resource's label is "users"), not the server's sentence
    expect(fieldError(result.current, "name")).toBe("A users with this name already exists.");
    expect(result.current.formError).toEqual(["A users with this name already exists."]);
    expect(result.current.values.name).toBe("Taken");
    expect(onSaved).not.toHaveBeenCalled();
  });
});

describe("useRecordFormController — drafts", () => {
  it("offers a stored draft; restoring puts it into the form; a save clears it", async () => {
    const key = draftKey(backend.baseUrl, "users", "a1");
    localStorage.setItem(key, JSON.stringify({ values: { name: "Drafted", id: "other" }, savedAt: 5 }));
    const { result } = setup();
    expect(result.current.draft.offered).toEqual({ values: { name: "Drafted", id: "other" }, savedAt: 5 });
    act(() => result.current.draft.restore());
    expect(result.current.draft.offered).toBeNull();
    // read-only fields are not restored
    expect(result.current.values).toMatchObject({ name: "Drafted", id: "a1" });
    expect(result.current.changed).toEqual(["name"]);
    await act(() => result.current.save());
    expect(backend.update).toHaveBeenCalledWith(users, "a1", { name: "Drafted" }, '"1"');
    expect(localStorage.getItem(key)).toBeNull();
  });

  it("writes the changed fields shortly after typing; Discard drops an offered draft; a dialog form keeps none", async () => {
    const key = draftKey(backend.baseUrl, "users", "a1");
    const page = setup();
    type(page.result, "name", "Typed");
    await waitFor(() => expect(JSON.parse(localStorage.getItem(key) ?? "null")).toMatchObject({ values: { name: "Typed" } }));
    page.unmount();

    const again = setup();
    expect(again.result.current.draft.offered?.values).toEqual({ name: "Typed" });
    act(() => again.result.current.draft.discard());
    expect(again.result.current.draft.offered).toBeNull();
    expect(localStorage.getItem(key)).toBeNull();
    again.unmount();

    localStorage.setItem(key, JSON.stringify({ values: { name: "Drafted" }, savedAt: 5 }));
    const dialog = setup({ embedded: true });
    expect(dialog.result.current.draft.offered).toBeNull();
    type(dialog.result, "name", "In a dialog");
    await new Promise((r) => setTimeout(r, 400));
    expect(JSON.parse(localStorage.getItem(key) ?? "null")).toMatchObject({ values: { name: "Drafted" } });
  });
});
