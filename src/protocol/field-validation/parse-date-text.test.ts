import { describe, expect, it } from "vitest";
import { detectDateOrder, parseDateText } from "./parse-date-text.ts";

describe("parseDateText / detectDateOrder", () => {
  it("keeps ISO dates and completes naive ISO date-times", () => {
    expect(parseDateText("2026-03-04")).toBe("2026-03-04");
    expect(parseDateText("2026-03-04 10:30")).toBe("2026-03-04T10:30:00");
    expect(parseDateText("2026-03-04T10:30:15Z")).toBe("2026-03-04T10:30:15Z");
    expect(parseDateText("2026-03-04T10:30+01:00")).toBe("2026-03-04T10:30:00+01:00");
  });

  it("reads local formats", () => {
    expect(parseDateText("04.03.2026")).toBe("2026-03-04");
    expect(parseDateText("4.3.26")).toBe("2026-03-04");
    expect(parseDateText("2026/03/04")).toBe("2026-03-04");
    expect(parseDateText("03/04/2026", { dateOrder: "MDY" })).toBe("2026-03-04");
    expect(parseDateText("03/04/2026", { dateOrder: "DMY" })).toBe("2026-04-03");
    expect(parseDateText("03/04/2026", { locale: "en-US" })).toBe("2026-03-04");
    expect(parseDateText("03/04/2026", { locale: "en-GB" })).toBe("2026-04-03");
    expect(parseDateText("25/12/2026", { dateOrder: "MDY" })).toBeNull();
    expect(parseDateText("12/25/2026")).toBe("2026-12-25");
    expect(parseDateText("31.12.2026 23:59")).toBe("2026-12-31T23:59:00");
    expect(parseDateText("12/31/2026 3:05 PM")).toBe("2026-12-31T15:05:00");
  });

  it("rejects impossible dates", () => {
    expect(parseDateText("30.02.2026")).toBeNull();
    expect(parseDateText("2026-13-01")).toBeNull();
    expect(parseDateText("tomorrow")).toBeNull();
    expect(parseDateText("01.01.2026 25:00")).toBeNull();
  });

  it("detects the order from a column", () => {
    expect(detectDateOrder(["01/02/2026", "13/02/2026"])).toBe("DMY");
    expect(detectDateOrder(["01/02/2026", "02/13/2026"])).toBe("MDY");
    expect(detectDateOrder(["2026/01/02", "2026-12-31"])).toBe("YMD");
    expect(detectDateOrder(["01.02.2026", "03.04.2026"])).toBe("DMY");
    expect(detectDateOrder(["01/02/2026", "03/04/2026"])).toBeNull();
    expect(detectDateOrder(["13/01/2026", "01/13/2026"])).toBeNull();
    expect(detectDateOrder(["hello", ""])).toBeNull();
  });
});
