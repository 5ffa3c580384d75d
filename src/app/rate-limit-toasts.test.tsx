import { afterEach, describe, expect, it } from "vitest";
import { render } from "@testing-library/react";
import type { Backend, RateLimitNotice } from "../backend/types.ts";
import { clearToasts, getToasts } from "../ui/toast-store.ts";
import { RateLimitToasts } from "./rate-limit-toasts.tsx";
import { activateLocale } from "../i18n/translate.ts";

function limitedBackend() {
  const listeners = new Set<(n: RateLimitNotice) => void>();
  const backend: Pick<Backend, "onRateLimited"> = {
    onRateLimited(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  const notify = (n: Partial<RateLimitNotice>) => {
    for (const l of listeners) l({ method: "PATCH", url: "http://api.test/users/1", attempt: 1, waitMs: 1000, willRetry: true, until: 0, ...n });
  };
  return { backend, notify };
}

afterEach(() => clearToasts());

describe("RateLimitToasts", () => {
  it("says when a request will be sent again, without blocking anything", () => {
    const { backend, notify } = limitedBackend();
    render(<RateLimitToasts backend={backend} />);
    notify({ waitMs: 1000, willRetry: true });
    expect(getToasts().map((t) => [t.message, t.tone])).toEqual([["The server is busy; retrying in 1 s.", "info"]]);
  });

  it("says nothing about retrying a request that will not be repeated (its caller says when to try again)", () => {
    const { backend, notify } = limitedBackend();
    render(<RateLimitToasts backend={backend} />);
    notify({ method: "POST", waitMs: 60_000, willRetry: false });
    expect(getToasts()).toEqual([]);
  });
});

describe("RateLimitToasts in Swedish", () => {
  afterEach(() => activateLocale("en"));

  it("says it in the spoken language", async () => {
    await activateLocale("sv");
    const { backend, notify } = limitedBackend();
    render(<RateLimitToasts backend={backend} />);
    notify({ waitMs: 3000, willRetry: true });
    expect(getToasts().map((t) => t.message)).toEqual(["Servern är upptagen; försöker igen om 3 s."]);
  });
});
