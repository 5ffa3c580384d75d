import { describe, expect, it } from "vitest";
import { parseServerTime, relativeTime } from "./activity-time.ts";

describe("parseServerTime", () => {
  it("reads a naive timestamp as UTC", () => {
    expect(parseServerTime("2026-11-23T11:58:52.756977")?.toISOString()).toBe("2026-11-23T11:58:52.756Z");
  });
  it("keeps an explicit offset", () => {
    expect(parseServerTime("2026-11-23T12:00:00+02:00")?.toISOString()).toBe("2026-11-23T10:00:00.000Z");
  });
  it("returns null for garbage and empty strings", () => {
    expect(parseServerTime("")).toBeNull();
    expect(parseServerTime("yesterday")).toBeNull();
  });
});

describe("relativeTime", () => {
  const now = new Date("2026-11-23T12:00:00Z");
  it("words recent and past times", () => {
    expect(relativeTime(new Date("2026-11-23T11:59:50Z"), now, "en")).toBe("now");
    expect(relativeTime(new Date("2026-11-23T11:55:00Z"), now, "en")).toBe("5 minutes ago");
    expect(relativeTime(new Date("2026-11-23T09:00:00Z"), now, "en")).toBe("3 hours ago");
    expect(relativeTime(new Date("2026-11-22T12:00:00Z"), now, "en")).toBe("yesterday");
    expect(relativeTime(new Date("2026-11-09T12:00:00Z"), now, "en")).toBe("2 weeks ago");
  });
});
