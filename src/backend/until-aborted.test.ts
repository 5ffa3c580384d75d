import { describe, expect, it } from "vitest";
import { untilAborted } from "./until-aborted.ts";

const reason = (s: AbortSignal) => new Error(`aborted: ${String(s.reason)}`);

describe("untilAborted", () => {
  it("settles with the work when the signal stays quiet", async () => {
    await expect(untilAborted(Promise.resolve(7), new AbortController().signal, reason)).resolves.toBe(7);
    await expect(untilAborted(Promise.reject(new Error("boom")), new AbortController().signal, reason)).rejects.toThrow("boom");
  });

  it("rejects as soon as the signal aborts, without waiting for the work", async () => {
    const controller = new AbortController();
    const pending = untilAborted(new Promise<number>(() => undefined), controller.signal, reason);
    controller.abort("stop");
    await expect(pending).rejects.toThrow("aborted: stop");
  });

  it("rejects at once for a signal aborted already", async () => {
    await expect(untilAborted(Promise.resolve(1), AbortSignal.abort("late"), reason)).rejects.toThrow("aborted: late");
  });
});
