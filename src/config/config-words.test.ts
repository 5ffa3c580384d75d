import { afterEach, describe, expect, it } from "vitest";
import { activateLocale } from "../i18n/translate.ts";
import { normaliseApiUrl } from "./load-config.ts";

afterEach(() => activateLocale("en"));

describe("configuration errors", () => {
  it("name the key and the value, in English", () => {
    expect(() => normaliseApiUrl("ftp://files.test", "https://app.test/", "apiUrl")).toThrow('apiUrl must be an http(s) URL, got "ftp://files.test"');
  });

  it("speak Swedish when Swedish is chosen (the boot error screen shows them)", async () => {
    await activateLocale("sv");
    expect(() => normaliseApiUrl("ftp://files.test", "https://app.test/", "apiUrl")).toThrow('apiUrl måste vara en http(s)-URL, fick "ftp://files.test"');
  });
});
