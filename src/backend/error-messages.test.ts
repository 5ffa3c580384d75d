import { afterEach, describe, expect, it } from "vitest";
import { activateLocale } from "../i18n/translate.ts";
import { genericMessage } from "./error-messages.ts";
import { normalizeError } from "./normalize-error.ts";

afterEach(() => activateLocale("en"));

describe("genericMessage", () => {
  it("says what a status means, tagged with HTTP's own reason phrase", () => {
    expect(genericMessage(403)).toBe("You do not have permission to do this (403 Forbidden).");
    expect(genericMessage(503, "Down for maintenance")).toBe("The server is not available right now (503 Down for maintenance).");
  });

  it("speaks Swedish; the HTTP tag stays as it is", async () => {
    await activateLocale("sv");
    expect(genericMessage(403)).toBe("Du har inte behörighet att göra detta (403 Forbidden).");
    expect(genericMessage(412)).toBe("Någon annan har ändrat den här posten under tiden (412 Precondition Failed).");
    // a failed request whose body says nothing usable gets the sentence of the spoken language
    expect(normalizeError({ status: 404, headers: {}, body: "", url: "https://api.test/items/1" }).message).toBe("Det begärda objektet eller adressen hittades inte (404 Not Found).");
  });
});
