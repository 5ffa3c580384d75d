// The record form's save-error wording: per kind, and end to end through both adapters (the
// dialect and the operation decide the kind; the form only words it).
import { afterEach, describe, expect, it } from "vitest";
import { activateLocale } from "../../i18n/translate.ts";
import { ApiError, type ApiErrorKind } from "../../backend/api-error.ts";
import type { Backend } from "../../backend/types.ts";
import { createCraftEasyBackend } from "../../backend/craft-easy/craft-easy-backend.ts";
import { createLitestarBackend } from "../../backend/litestar-admin/litestar-backend.ts";
import { usersResource } from "../../backend/craft-easy/craft-easy-test-fixtures.ts";
import type { AdminSchema } from "../../protocol/types.ts";
import { saveErrorMessage, serverRejected, tryAgainIn } from "./save-error-message.ts";

const KEPT = /your values are kept/i;

describe("saveErrorMessage by kind", () => {
  const error = (kind: ApiErrorKind, init: Partial<ConstructorParameters<typeof ApiError>[0]> = {}) =>
    new ApiError({ status: 500, code: "X", message: "Server said so", kind, ...init });

  it("names server failures as such and never as a rejected record", () => {
    for (const kind of ["server-failure", "unavailable", "timeout", "rate-limited", "network"] as const) {
      const text = saveErrorMessage({ resource: usersResource, error: error(kind), operation: "update", mappedFields: 0 });
      expect(text).toMatch(KEPT);
      expect(text).not.toMatch(/rejected this record|constraint/i);
    }
  });

  it("keeps the constraint wording for the constraint kind only", () => {
    expect(saveErrorMessage({ resource: usersResource, error: error("constraint"), operation: "create", mappedFields: 0 })).toBe(serverRejected());
  });

  it("says when to try again after a 429, from retryAfter", () => {
    const text = saveErrorMessage({ resource: usersResource, error: error("rate-limited", { status: 429, retryAfter: 30 }), operation: "create", mappedFields: 0 });
    expect(text).toBe("The server is receiving too many requests, so nothing was saved. Your values are kept — try again in 30 seconds.");
  });

  it("warns that a create that timed out may exist; an update is simply saved again", () => {
    expect(saveErrorMessage({ resource: usersResource, error: error("timeout", { status: 504 }), operation: "create", mappedFields: 0 })).toMatch(/may or may not have been created.*not created twice/);
    expect(saveErrorMessage({ resource: usersResource, error: error("timeout", { status: 504 }), operation: "update", mappedFields: 0 })).toMatch(/may or may not have been saved.*try saving again/);
  });

  it("a refusal keeps the server's message, and counts the fields it placed", () => {
    const refused = error("rejected", { status: 422, message: "Invalid email" });
    expect(saveErrorMessage({ resource: usersResource, error: refused, operation: "update", mappedFields: 0 })).toBe("Invalid email");
    expect(saveErrorMessage({ resource: usersResource, error: refused, operation: "update", mappedFields: 1 })).toBe("The server did not accept a field: Invalid email");
    expect(saveErrorMessage({ resource: usersResource, error: refused, operation: "update", mappedFields: 2 })).toBe("The server did not accept 2 fields: Invalid email");
    expect(saveErrorMessage({ resource: usersResource, error: error("rejected", { status: 400, message: "" }), operation: "update", mappedFields: 0 })).toBe("Saving failed (400).");
  });

  it("tryAgainIn: seconds, then minutes; 'in a moment' without a hint", () => {
    expect([tryAgainIn(1), tryAgainIn(0.2), tryAgainIn(60), tryAgainIn(89), tryAgainIn(120), tryAgainIn(3600), tryAgainIn(undefined)]).toEqual([
      "in 1 second",
      "in 1 second",
      "in 60 seconds",
      "in 89 seconds",
      "in 2 minutes",
      "in 60 minutes",
      "in a moment",
    ]);
  });
});

// ---- status × dialect × operation, through the real adapters

type Dialect = "craft-easy" | "litestar-admin";
type Operation = "create" | "update";
type Failure = 500 | 502 | 503 | 504 | 429 | 0;

const JSON_CT = { "Content-Type": "application/json" };
const HTML_CT = { "Content-Type": "text/html" };

/** What each server (or the proxy in front of it) answers, per dialect. */
function answer(failure: Failure, dialect: Dialect): Response {
  switch (failure) {
    case 0:
      throw new TypeError("Failed to fetch");
    case 500:
      return dialect === "craft-easy"
        ? new Response(JSON.stringify({ error: { code: "INTERNAL_ERROR", message: "Internal server error" }, request_id: "r1" }), { status: 500, headers: JSON_CT })
        : new Response('{"status_code":500,"detail":"Internal Server Error"}', { status: 500, headers: JSON_CT });
    case 502:
      return new Response("<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>", { status: 502, headers: HTML_CT });
    case 503:
      return new Response("<html><body>Service Unavailable</body></html>", { status: 503, headers: { ...HTML_CT, "Retry-After": "120" } });
    case 504:
      return new Response("<html><head><title>504 Gateway Time-out</title></head></html>", { status: 504, headers: HTML_CT });
    case 429:
      return dialect === "craft-easy"
        ? new Response(JSON.stringify({ error: { code: "RATE_LIMITED", message: "Slow down" } }), { status: 429, headers: { ...JSON_CT, "Retry-After": "30" } })
        : new Response('{"error": "Too Many Requests", "retry_after": 60}', { status: 429, headers: { ...JSON_CT, "Retry-After": "60" } });
  }
}

function backendFor(dialect: Dialect, failure: Failure): Backend {
  const fetch = async (request: Request): Promise<Response> => {
    if (request.method === "GET") return new Response(JSON.stringify({ id: "a1", name: "Ada" }), { status: 200, headers: { ...JSON_CT, ETag: '"3"' } });
    return answer(failure, dialect);
  };
  const common = { fetch, storage: null, sleep: async () => undefined, validateSchema: (raw: unknown) => raw as AdminSchema };
  return dialect === "craft-easy"
    ? createCraftEasyBackend({ baseUrl: "http://craft.test", ...common })
    : createLitestarBackend({ baseUrl: "http://ls.test/admin", ...common });
}

async function saveFailure(dialect: Dialect, operation: Operation, failure: Failure): Promise<ApiError> {
  const backend = backendFor(dialect, failure);
  try {
    if (operation === "create") await backend.create(usersResource, { name: "Ada" });
    else await backend.update(usersResource, "a1", { name: "Ada" }, '"3"');
  } catch (e) {
    if (e instanceof ApiError) return e;
    throw e;
  }
  throw new Error("expected the save to fail");
}

const UNAVAILABLE_502 = "The server is not available right now (502 Bad Gateway). Your values are kept — try again in a moment.";
const UNAVAILABLE_503 = "The server is not available right now (503 Service Unavailable). Your values are kept — try again in 2 minutes.";
const FAILED_500 =
  "The server failed while saving this record (500 Internal Server Error). Your values are kept — try again later, and tell the server's administrator if it keeps failing.";
const TIMEOUT_CREATE =
  "The server did not answer in time (504 Gateway Timeout): the record may or may not have been created. Your values are kept — check the list before saving again, so that it is not created twice.";
const TIMEOUT_UPDATE = "The server did not answer in time (504 Gateway Timeout): your changes may or may not have been saved. Your values are kept — try saving again.";
const LIMITED = (when: string) => `The server is receiving too many requests, so nothing was saved. Your values are kept — try again ${when}.`;
const NETWORK = "Could not reach the server. Check your connection or the server's CORS settings (Failed to fetch). Your values are kept — try saving again.";

const TABLE: [Failure, Dialect, Operation, string][] = [
  [500, "craft-easy", "create", FAILED_500],
  [500, "craft-easy", "update", FAILED_500],
  [500, "litestar-admin", "create", serverRejected()],
  [500, "litestar-admin", "update", serverRejected()],
  [502, "craft-easy", "create", UNAVAILABLE_502],
  [502, "craft-easy", "update", UNAVAILABLE_502],
  [502, "litestar-admin", "create", UNAVAILABLE_502],
  [502, "litestar-admin", "update", UNAVAILABLE_502],
  [503, "craft-easy", "create", UNAVAILABLE_503],
  [503, "craft-easy", "update", UNAVAILABLE_503],
  [503, "litestar-admin", "create", UNAVAILABLE_503],
  [503, "litestar-admin", "update", UNAVAILABLE_503],
  [504, "craft-easy", "create", TIMEOUT_CREATE],
  [504, "craft-easy", "update", TIMEOUT_UPDATE],
  [504, "litestar-admin", "create", TIMEOUT_CREATE],
  [504, "litestar-admin", "update", TIMEOUT_UPDATE],
  // Craft Easy's update carries If-Match: the client waited out the 429 up to its bound first.
  [429, "craft-easy", "create", LIMITED("in 30 seconds")],
  [429, "craft-easy", "update", LIMITED("in 30 seconds")],
  [429, "litestar-admin", "create", LIMITED("in 60 seconds")],
  [429, "litestar-admin", "update", LIMITED("in 60 seconds")],
  [0, "craft-easy", "create", NETWORK],
  [0, "craft-easy", "update", NETWORK],
  [0, "litestar-admin", "create", NETWORK],
  [0, "litestar-admin", "update", NETWORK],
];

describe("save error wording: status × dialect × operation", () => {
  it.each(TABLE)("%s from %s on %s", async (failure, dialect, operation, expected) => {
    const error = await saveFailure(dialect, operation, failure);
    expect(saveErrorMessage({ resource: usersResource, error, operation, mappedFields: 0 })).toBe(expected);
  });
});

describe("save errors in Swedish", () => {
  afterEach(() => activateLocale("en"));

  it("words the wait and the refused fields with Swedish plurals", async () => {
    await activateLocale("sv");
    expect([tryAgainIn(1), tryAgainIn(30), tryAgainIn(120), tryAgainIn(undefined)]).toEqual(["om 1 sekund", "om 30 sekunder", "om 2 minuter", "om en stund"]);
    const refused = new ApiError({ status: 422, code: "X", message: "Ogiltig e-post", kind: "rejected" });
    expect(saveErrorMessage({ error: refused, resource: usersResource, operation: "update", mappedFields: 1 })).toBe("Servern godtog inte ett fält: Ogiltig e-post");
    expect(saveErrorMessage({ error: refused, resource: usersResource, operation: "update", mappedFields: 3 })).toBe("Servern godtog inte 3 fält: Ogiltig e-post");
    const limited = new ApiError({ status: 429, code: "X", message: "", kind: "rate-limited", retryAfter: 1 });
    expect(saveErrorMessage({ error: limited, resource: usersResource, operation: "create", mappedFields: 0 })).toBe(
      "Servern tar emot för många förfrågningar, så inget sparades. Dina värden finns kvar — försök igen om 1 sekund.",
    );
  });
});
