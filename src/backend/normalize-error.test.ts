import { describe, expect, it } from "vitest";
import { ApiError, abortedError, networkError, toApiError, withAuthLost, withoutAuthLost } from "./api-error.ts";
import { genericMessage } from "./error-messages.ts";
import { errorFromResponse, normalizeError } from "./normalize-error.ts";
import { retryAfterSeconds } from "./retry-after.ts";

const json = { "Content-Type": "application/json" };

describe("normalizeError: Craft Easy envelope", () => {
  it("keeps status, code, message and request id", () => {
    const e = normalizeError({
      status: 404,
      headers: json,
      body: JSON.stringify({
        error: { code: "NOT_FOUND", message: "User not found", details: { resource: "users", item_id: "abc" } },
        request_id: "req-1",
      }),
    });
    expect(e).toBeInstanceOf(ApiError);
    expect(e.status).toBe(404);
    expect(e.code).toBe("NOT_FOUND");
    expect(e.message).toBe("User not found");
    expect(e.requestId).toBe("req-1");
    // context details are not field errors
    expect(e.fieldErrors).toEqual([]);
    expect(e.details).toEqual({ resource: "users", item_id: "abc" });
    expect(e.authLost).toBe(false);
  });

  it("reads Pydantic-style details into field errors (body loc stripped, nested joined)", () => {
    const e = normalizeError({
      status: 422,
      body: {
        error: {
          code: "VALIDATION_ERROR",
          message: "Validation failed",
          details: [
            { loc: ["body", "email"], msg: "value is not a valid email address", type: "value_error" },
            { loc: ["body", "address", "city"], msg: "field required", type: "missing" },
            { loc: ["query", "page"], msg: "must be positive", type: "value_error" },
          ],
        },
        request_id: "r",
      },
    });
    expect(e.code).toBe("VALIDATION_ERROR");
    expect(e.fieldErrors).toEqual([
      { field: "email", message: "value is not a valid email address" },
      { field: "address.city", message: "field required" },
    ]);
    expect(e.message).toBe("Validation failed: query page: must be positive");
  });

  it("reads a {field, message} list", () => {
    const e = normalizeError({
      status: 422,
      body: { error: { code: "VALIDATION_ERROR", message: "Invalid", details: [{ field: "name", message: "Too short" }] } },
    });
    expect(e.fieldErrors).toEqual([{ field: "name", message: "Too short" }]);
    expect(e.message).toBe("Invalid");
  });

  it("reads a {field: msg | msg[]} map", () => {
    const e = normalizeError({
      status: 422,
      body: {
        error: { code: "VALIDATION_ERROR", message: "Invalid", details: { name: "Required", tags: ["Too many", "Duplicate"] } },
      },
    });
    expect(e.fieldErrors).toEqual([
      { field: "name", message: "Required" },
      { field: "tags", message: "Too many" },
      { field: "tags", message: "Duplicate" },
    ]);
  });

  it("does not read a 403 {feature} details map as field errors", () => {
    const e = normalizeError({
      status: 403,
      body: { error: { code: "ACCESS_DENIED", message: "Feature disabled", details: { feature: "export" } } },
    });
    expect(e.fieldErrors).toEqual([]);
    expect(e.code).toBe("ACCESS_DENIED");
  });

  it("reads a 409 CONFLICT's {field} details as that field's error; other 409s name no field", () => {
    const e = normalizeError({
      status: 409,
      body: { error: { code: "CONFLICT", message: "A category with this slug already exists", details: { field: "slug", value: "tea" } } },
    });
    expect(e.fieldErrors).toEqual([{ field: "slug", message: "A category with this slug already exists" }]);
    expect(e.message).toBe("A category with this slug already exists");
    expect(e.refusal).toEqual({ type: "duplicate", field: "slug" });
    const transition = normalizeError({ status: 409, body: { error: { code: "CONFLICT", message: "Invalid transition", details: { state: "paid" } } } });
    expect(transition.fieldErrors).toEqual([]);
    expect(transition.refusal).toBeUndefined();
    expect(normalizeError({ status: 404, body: { error: { code: "NOT_FOUND", message: "Gone", details: { field: "x" } } } }).fieldErrors).toEqual([]);
  });

  it("marks 401 AUTH_REQUIRED as authLost", () => {
    const e = normalizeError({ status: 401, body: { error: { code: "AUTH_REQUIRED", message: "Token expired" }, request_id: "x" } });
    expect(e.authLost).toBe(true);
    expect(e.code).toBe("AUTH_REQUIRED");
  });

  it("uses a generic message when the envelope has none, and the header request id", () => {
    const e = normalizeError({
      status: 500,
      statusText: "Internal Server Error",
      headers: { "X-Request-ID": "hdr-7" },
      body: { error: { code: "INTERNAL_ERROR" } },
    });
    expect(e.message).toBe("The server rejected the request (500 Internal Server Error).");
    expect(e.requestId).toBe("hdr-7");
  });

  it("412 / 428 / CASCADE_DENY keep their codes and messages", () => {
    expect(normalizeError({ status: 412, body: { error: { code: "ETAG_MISMATCH", message: "Stale" } } }).code).toBe("ETAG_MISMATCH");
    const c = normalizeError({ status: 422, body: { error: { code: "CASCADE_DENY", message: "Referenced by orders", details: { orders: "3" } } } });
    expect(c.code).toBe("CASCADE_DENY");
    expect(c.fieldErrors).toEqual([]);
    expect(c.message).toBe("Referenced by orders");
  });

  it("a CASCADE_DENY says which records still use the one being deleted, and how many", () => {
    const details = { resource: "categories", item_id: "c1", referenced_by: "products", field: "category_id", count: 29 };
    const e = normalizeError({ status: 422, body: { error: { code: "CASCADE_DENY", message: "Cannot delete this categories record", details } } });
    expect(e.refusal).toEqual({ type: "in-use", usedBy: "products", count: 29 });
    const bare = normalizeError({ status: 422, body: { error: { code: "CASCADE_DENY", message: "In use", details: { count: "many" } } } });
    expect(bare.refusal).toEqual({ type: "in-use", usedBy: undefined, count: undefined });
  });
});

describe("normalizeError: Litestar / FastAPI shapes", () => {
  it("400 + extra: body entries become field errors, others a request message", () => {
    const e = normalizeError({
      status: 400,
      body: {
        status_code: 400,
        detail: "Validation failed for POST /admin/api/models/post",
        extra: [
          { message: "Expected `str`, got `int`", key: "title", source: "body" },
          { message: "Expected `int`, got `str`", key: "limit", source: "query" },
        ],
      },
    });
    expect(e.fieldErrors).toEqual([{ field: "title", message: "Expected `str`, got `int`" }]);
    expect(e.code).toBe("VALIDATION_ERROR");
    expect(e.message).toBe("Some fields are invalid: limit (query): Expected `int`, got `str`");
  });

  it("400 with only query extras (fixture F9)", () => {
    const e = normalizeError({
      status: 400,
      body: {
        status_code: 400,
        detail: "Validation failed for GET /admin/api/models/post?limit=abc",
        extra: [{ message: "Expected `int`, got `str`", key: "limit", source: "query" }],
      },
    });
    expect(e.fieldErrors).toEqual([]);
    expect(e.message).toBe("The request was invalid: limit (query): Expected `int`, got `str`");
  });

  it("JSON 404 is a genuine not-found, not auth loss", () => {
    const e = normalizeError({
      status: 404,
      headers: json,
      url: "http://x/admin/api/models/post/999",
      body: '{"status_code":404,"detail":"Record \'999\' not found in \'post\'"}',
    });
    expect(e.authLost).toBe(false);
    expect(e.message).toBe("Record '999' not found in 'post'");
    expect(e.code).toBe("NOT_FOUND");
    expect(e.refusal).toEqual({ type: "not-found" });
  });

  it("500 'Internal Server Error' detail becomes a readable message", () => {
    const e = normalizeError({ status: 500, body: { status_code: 500, detail: "Internal Server Error" } });
    expect(e.message).toBe("The server rejected the request (500 Internal Server Error).");
    expect(e.code).toBe("INTERNAL_ERROR");
  });

  it("guard 401s are not auth loss; other 401s are", () => {
    expect(normalizeError({ status: 401, body: { status_code: 401, detail: "Permission 'users:read' required" } }).authLost).toBe(false);
    expect(normalizeError({ status: 401, body: { status_code: 401, detail: "Authentication required" } }).authLost).toBe(false);
    const lost = normalizeError({ status: 401, body: { status_code: 401, detail: "Invalid or expired refresh token" } });
    expect(lost.authLost).toBe(true);
    expect(lost.message).toBe("Invalid or expired refresh token");
  });

  it("FastAPI detail list → field errors", () => {
    const e = normalizeError({
      status: 422,
      body: { detail: [{ loc: ["body", "price"], msg: "ensure this value is greater than 0", type: "value_error" }] },
    });
    expect(e.fieldErrors).toEqual([{ field: "price", message: "ensure this value is greater than 0" }]);
    expect(e.code).toBe("VALIDATION_ERROR");
    expect(e.message).toBe("Some fields are invalid");
  });

  it("FastAPI detail string → message", () => {
    const e = normalizeError({ status: 409, body: { detail: "Email already registered" } });
    expect(e.message).toBe("Email already registered");
    expect(e.code).toBe("CONFLICT");
  });

  it("litestar 429 {error, retry_after}: header wins over the body", () => {
    const body = '{"error": "Too Many Requests", "retry_after": 60}';
    const fromBody = normalizeError({ status: 429, body });
    expect(fromBody.code).toBe("RATE_LIMITED");
    expect(fromBody.retryAfter).toBe(60);
    expect(fromBody.message).toBe("Too many requests; please try again in 60 seconds.");
    const fromHeader = normalizeError({ status: 429, body, headers: { "Retry-After": "12" } });
    expect(fromHeader.retryAfter).toBe(12);
  });

  it("upload {success:false, errors:[{field, error}]}", () => {
    const e = normalizeError({
      status: 422,
      body: { success: false, errors: [{ field: "data", error: "File too large", code: "size" }] },
    });
    expect(e.fieldErrors).toEqual([{ field: "data", message: "File too large" }]);
    expect(e.code).toBe("VALIDATION_ERROR");
  });

  it("action {success:false, message} with status 200", () => {
    const e = normalizeError({ status: 200, body: { success: false, message: "Nothing to publish" } });
    expect(e.message).toBe("Nothing to publish");
    expect(e.code).toBe("REJECTED");
  });
});

describe("normalizeError: non-JSON bodies", () => {
  it("litestar text/plain 404 on an /api/ route = authLost", () => {
    const e = normalizeError({
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
      body: "Not Found",
      url: "http://localhost:8000/admin/api/models/post",
    });
    expect(e.authLost).toBe(true);
    expect(e.code).toBe("AUTH_LOST");
    expect(e.refusal).toBeUndefined();
  });

  it("text/plain 404 outside /api/ is a plain not-found", () => {
    const e = normalizeError({ status: 404, headers: { "Content-Type": "text/plain" }, body: "Not Found", url: "http://h/users/1" });
    expect(e.authLost).toBe(false);
    expect(e.message).toBe("The requested item or address was not found (404 Not Found).");
  });

  it("HTML 404 on /api/ is not auth loss and never shows the HTML", () => {
    const e = normalizeError({
      status: 404,
      headers: { "Content-Type": "text/html" },
      body: "<html><body><h1>404</h1></body></html>",
      url: "http://h/admin/api/x",
    });
    expect(e.authLost).toBe(false);
    expect(e.message).not.toContain("<");
  });

  it("HTML 502 from a proxy → generic message", () => {
    const e = normalizeError({
      status: 502,
      statusText: "Bad Gateway",
      headers: { "Content-Type": "text/html" },
      body: "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>",
    });
    expect(e.message).toBe("The server is not available right now (502 Bad Gateway).");
    expect(e.code).toBe("BAD_GATEWAY");
  });

  it("short text/plain body is shown with the status", () => {
    const e = normalizeError({ status: 503, statusText: "Service Unavailable", headers: { "Content-Type": "text/plain" }, body: "Maintenance until 14:00" });
    expect(e.message).toBe("Maintenance until 14:00 (503 Service Unavailable)");
  });

  it("empty body → status text message (no statusText on HTTP/2)", () => {
    const e = normalizeError({ status: 500, body: "" });
    expect(e.message).toBe("The server rejected the request (500 Internal Server Error).");
    expect(e.code).toBe("INTERNAL_ERROR");
    const e2 = normalizeError({ status: 418 });
    expect(e2.message).toBe("The server rejected the request (418 Error).");
    expect(e2.code).toBe("HTTP_418");
  });

  it("invalid JSON that looks like JSON falls back to generic", () => {
    const e = normalizeError({ status: 500, headers: json, body: "{not json" });
    expect(e.message).toBe("The server rejected the request (500 Internal Server Error).");
  });
});

describe("retry-after parsing", () => {
  const now = () => Date.parse("2026-01-01T00:00:00Z");
  it("seconds, HTTP date, X-RateLimit-Reset, body", () => {
    expect(retryAfterSeconds({ "Retry-After": "7" }, null, now)).toBe(7);
    expect(retryAfterSeconds({ "Retry-After": "Thu, 01 Jan 2026 00:00:30 GMT" }, null, now)).toBe(30);
    expect(retryAfterSeconds({ "X-RateLimit-Reset": String(now() / 1000 + 45) }, null, now)).toBe(45);
    expect(retryAfterSeconds({}, { retry_after: 9 }, now)).toBe(9);
    expect(retryAfterSeconds({}, {}, now)).toBeUndefined();
  });
  it("a 429 without hints has no retryAfter", () => {
    expect(normalizeError({ status: 429, body: "" }).retryAfter).toBeUndefined();
  });
});

describe("network, abort and helpers", () => {
  it("network failure → status 0 NETWORK_ERROR", () => {
    const e = networkError(new TypeError("fetch failed"));
    expect(e.status).toBe(0);
    expect(e.code).toBe("NETWORK_ERROR");
    expect(e.message).toMatch(/Could not reach the server/);
  });
  it("abort → ABORTED", () => {
    expect(abortedError().code).toBe("ABORTED");
    const err = Object.assign(new Error("aborted"), { name: "AbortError" });
    expect(toApiError(err).code).toBe("ABORTED");
    expect(toApiError(new TypeError("boom")).code).toBe("NETWORK_ERROR");
  });
  it("withAuthLost copies and flags", () => {
    const e = normalizeError({ status: 401, body: { status_code: 401, detail: "Authentication required" } });
    const lost = withAuthLost(e);
    expect(lost.authLost).toBe(true);
    expect(lost.message).toBe(e.message);
  });
  it("genericMessage uses the reason phrase table", () => {
    expect(genericMessage(403)).toBe("You do not have permission to do this (403 Forbidden).");
  });
  it("errorFromResponse reads a Response", async () => {
    const res = new Response(JSON.stringify({ error: { code: "CONFLICT", message: "Duplicate email" }, request_id: "q" }), {
      status: 409,
      headers: json,
    });
    const e = await errorFromResponse(res, { url: "http://h/users" });
    expect(e.code).toBe("CONFLICT");
    expect(e.message).toBe("Duplicate email");
    expect(e.requestId).toBe("q");
  });
});

describe("kind: what failed, by status", () => {
  it.each([
    [429, "rate-limited"],
    [408, "timeout"],
    [504, "timeout"],
    [502, "unavailable"],
    [503, "unavailable"],
    [500, "server-failure"],
    [501, "server-failure"],
    [400, "rejected"],
    [409, "rejected"],
    [422, "rejected"],
  ] as const)("%i → %s", (status, kind) => {
    expect(normalizeError({ status, body: "" }).kind).toBe(kind);
    expect(normalizeError({ status, body: { error: { code: "X", message: "m" } } }).kind).toBe(kind);
  });
  it("status 0: network, aborted; a 2xx {success:false} is a rejection", () => {
    expect(networkError(new TypeError("fetch failed")).kind).toBe("network");
    expect(abortedError().kind).toBe("aborted");
    expect(normalizeError({ status: 200, body: { success: false, message: "Nothing to publish" } }).kind).toBe("rejected");
    expect(new ApiError({ status: 0, code: "CONFIG_ERROR", message: "x" }).kind).toBe("other");
  });
  it("copies keep the kind", () => {
    const constraint = new ApiError({ status: 500, code: "SERVER_REJECTED", message: "m", kind: "constraint", authLost: true });
    expect(withAuthLost(new ApiError({ status: 401, code: "X", message: "m", kind: "constraint" })).kind).toBe("constraint");
    expect(withoutAuthLost(constraint).kind).toBe("constraint");
  });
});
