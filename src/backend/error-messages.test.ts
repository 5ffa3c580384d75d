import { afterEach, describe, expect, it } from "vitest";
import { activateLocale } from "../i18n/translate.ts";
import { genericMessage } from "./error-messages.ts";
import { normalizeError } from "./normalize-error.ts";
import { networkError } from "./api-error.ts";

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

  it("counts the seconds of a rate limit with a plural, in either language", async () => {
    const limited = (secs: number) => normalizeError({ status: 429, headers: {}, body: { error: "Too Many Requests", retry_after: secs } }).message;
    expect(limited(1)).toBe("Too many requests; please try again in 1 second.");
    expect(limited(30)).toBe("Too many requests; please try again in 30 seconds.");
    await activateLocale("sv");
    expect(limited(1)).toBe("För många förfrågningar; försök igen om 1 sekund.");
    expect(limited(30)).toBe("För många förfrågningar; försök igen om 30 sekunder.");
    expect(networkError(new TypeError("Failed to fetch")).message).toBe("Servern kunde inte nås. Kontrollera anslutningen eller serverns CORS-inställningar (Failed to fetch).");
  });
});
