// Cell text, times and failure lines follow the spoken language when no locale is named.
import { afterEach, describe, expect, it } from "vitest";
import { ApiError } from "../../backend/api-error.ts";
import { activateLocale } from "../../i18n/translate.ts";
import type { FieldSchema } from "../../protocol/types.ts";
import { absoluteTime, relativeTime } from "./activity-time.ts";
import { failureMessage } from "./failure-message.ts";
import { formatCell } from "./format-cell.ts";

const field = (over: Partial<FieldSchema>): FieldSchema => ({ type: "string", widget: "text", required: false, readonly: false, ...over });

afterEach(() => activateLocale("en"));

describe("shared text in Swedish", () => {
  it("words booleans, dates and numbers the Swedish way", async () => {
    await activateLocale("sv");
    expect(formatCell(true, field({ type: "boolean" })).text).toBe("Ja");
    expect(formatCell(false, field({ type: "boolean" })).text).toBe("Nej");
    expect(formatCell("2024-03-05", field({ type: "date" })).text).toBe("5 mars 2024");
    expect(formatCell(12000.5, field({ type: "number" })).text).toBe("12\u00a0000,5");
  });

  it("says relative and absolute times in Swedish", async () => {
    await activateLocale("sv");
    const now = new Date("2026-11-23T12:00:00Z");
    expect(relativeTime(new Date("2026-11-23T11:55:00Z"), now)).toBe("för 5 minuter sedan");
    expect(relativeTime(new Date("2026-11-22T12:00:00Z"), now)).toBe("i går");
    expect(absoluteTime(new Date("2026-11-23T12:00:00Z"))).toMatch(/23 nov\. 2026/);
  });

  it("names a failed request without a message in Swedish", async () => {
    await activateLocale("sv");
    expect(failureMessage(new ApiError({ status: 503, code: "UNAVAILABLE", message: "" }))).toBe("Begäran misslyckades (503)");
  });

  it("keeps English when English is spoken", () => {
    expect(formatCell(true, field({ type: "boolean" })).text).toBe("Yes");
    expect(failureMessage(new ApiError({ status: 503, code: "UNAVAILABLE", message: "" }))).toBe("Request failed (503)");
  });
});
