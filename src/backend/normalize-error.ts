// One normaliser for every error shape either backend sends (craft-easy.md §8, litestar-admin.md §14).
// Input is what the wire gave us (status, headers, body as text or parsed JSON); output is the one
// `ApiError`. Screens never parse raw bodies; adapters never hand-roll messages for HTTP failures.
import { ApiError } from "./api-error.ts";
import type { FieldError } from "./api-error.ts";

export interface ErrorInput {
  status: number;
  statusText?: string;
  headers?: Headers | Record<string, string>;
  /** Parsed JSON, or the raw text when the body is not JSON (or not yet parsed). */
  body?: unknown;
  /** Request URL; needed to recognise litestar-admin's auth-loss 404 on `/api/` routes. */
  url?: string;
  method?: string;
  /** Clock for HTTP-date `Retry-After` values (ms since epoch). */
  now?: () => number;
}

const REASON: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  402: "Payment Required",
  403: "Forbidden",
  404: "Not Found",
  405: "Method Not Allowed",
  406: "Not Acceptable",
  408: "Request Timeout",
  409: "Conflict",
  410: "Gone",
  412: "Precondition Failed",
  413: "Payload Too Large",
  415: "Unsupported Media Type",
  422: "Unprocessable Entity",
  428: "Precondition Required",
  429: "Too Many Requests",
  500: "Internal Server Error",
  501: "Not Implemented",
  502: "Bad Gateway",
  503: "Service Unavailable",
  504: "Gateway Timeout",
};

const CODE_BY_STATUS: Record<number, string> = {
  400: "BAD_REQUEST",
  401: "AUTH_REQUIRED",
  403: "ACCESS_DENIED",
  404: "NOT_FOUND",
  405: "METHOD_NOT_ALLOWED",
  409: "CONFLICT",
  412: "ETAG_MISMATCH",
  413: "PAYLOAD_TOO_LARGE",
  422: "VALIDATION_ERROR",
  428: "ETAG_REQUIRED",
  429: "RATE_LIMITED",
  500: "INTERNAL_ERROR",
  502: "BAD_GATEWAY",
  503: "SERVICE_UNAVAILABLE",
  504: "GATEWAY_TIMEOUT",
};

export function reasonPhrase(status: number, statusText?: string): string {
  const t = statusText?.trim();
  if (t) return t;
  return REASON[status] ?? (status >= 500 ? "Server Error" : "Error");
}

function codeForStatus(status: number): string {
  return CODE_BY_STATUS[status] ?? `HTTP_${status}`;
}

/** A human sentence for a status when the server gave nothing usable. */
export function genericMessage(status: number, statusText?: string): string {
  const tag = `${status} ${reasonPhrase(status, statusText)}`;
  switch (status) {
    case 401:
      return `Your session is not valid any more; please sign in again (${tag}).`;
    case 403:
      return `You do not have permission to do this (${tag}).`;
    case 404:
      return `The requested item or address was not found (${tag}).`;
    case 408:
    case 504:
      return `The server took too long to answer (${tag}).`;
    case 412:
      return `Someone else changed this record in the meantime (${tag}).`;
    case 429:
      return `Too many requests; please wait a moment and try again (${tag}).`;
    case 502:
    case 503:
      return `The server is not available right now (${tag}).`;
    default:
      return `The server rejected the request (${tag}).`;
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function str(v: unknown): string | undefined {
  return typeof v === "string" && v.trim() !== "" ? v : undefined;
}

function getHeader(headers: ErrorInput["headers"], name: string): string | null {
  if (!headers) return null;
  if (headers instanceof Headers) return headers.get(name);
  const lower = name.toLowerCase();
  for (const [k, v] of Object.entries(headers)) if (k.toLowerCase() === lower) return v;
  return null;
}

function numeric(v: unknown): number | undefined {
  if (typeof v === "number" && Number.isFinite(v)) return v;
  if (typeof v === "string" && /^\s*\d+(\.\d+)?\s*$/.test(v)) return Number(v);
  return undefined;
}

/**
 * Seconds to wait, from (in order) `Retry-After` (seconds or HTTP date), `X-RateLimit-Reset`
 * (unix seconds; small values are read as a delta) or the body's `retry_after`. Undefined when
 * none is present.
 */
export function retryAfterSeconds(
  headers: ErrorInput["headers"],
  body: unknown,
  now: () => number = Date.now,
): number | undefined {
  const ra = getHeader(headers, "Retry-After");
  if (ra !== null && ra.trim() !== "") {
    const n = numeric(ra);
    if (n !== undefined) return n;
    const at = Date.parse(ra);
    if (!Number.isNaN(at)) return Math.max(0, Math.ceil((at - now()) / 1000));
  }
  const reset = numeric(getHeader(headers, "X-RateLimit-Reset"));
  if (reset !== undefined) {
    // Unix seconds (anything after 2001) vs. a relative number of seconds.
    if (reset > 1e9) return Math.max(0, Math.ceil(reset - now() / 1000));
    return reset;
  }
  if (isRecord(body)) {
    const b = numeric(body.retry_after);
    if (b !== undefined) return b;
  }
  return undefined;
}

/** `["body","address","city"]` → `address.city`; non-body locations → null. */
function fieldFromLoc(loc: unknown): { field: string | null; where: string | null } {
  if (!Array.isArray(loc)) return { field: typeof loc === "string" ? loc : null, where: null };
  const parts = loc.map((p) => String(p));
  const first = parts[0];
  if (first === "body") {
    const rest = parts.slice(1);
    return { field: rest.length > 0 ? rest.join(".") : null, where: null };
  }
  if (first === "query" || first === "path" || first === "header" || first === "cookie") {
    return { field: null, where: `${first} ${parts.slice(1).join(".")}`.trim() };
  }
  return { field: parts.length > 0 ? parts.join(".") : null, where: null };
}

interface Extracted {
  fieldErrors: FieldError[];
  /** Messages that belong to no form field (shown at form level). */
  other: string[];
}

/** Pydantic `{loc,msg,type}` list or `{field,message}` / `{field,error}` list. */
function fromErrorList(list: unknown[]): Extracted {
  const out: Extracted = { fieldErrors: [], other: [] };
  for (const e of list) {
    if (typeof e === "string") {
      out.other.push(e);
      continue;
    }
    if (!isRecord(e)) continue;
    const msg = str(e.msg) ?? str(e.message) ?? str(e.error) ?? str(e.detail);
    if (!msg) continue;
    if ("loc" in e) {
      const { field, where } = fieldFromLoc(e.loc);
      if (field) out.fieldErrors.push({ field, message: msg });
      else out.other.push(where ? `${where}: ${msg}` : msg);
      continue;
    }
    const field = str(e.field) ?? str(e.key) ?? str(e.name);
    if (field) out.fieldErrors.push({ field, message: msg });
    else out.other.push(msg);
  }
  return out;
}

/** `{field: "msg" | ["msg", ...]}`; entries that are not strings are ignored. */
function fromErrorMap(map: Record<string, unknown>): Extracted {
  const out: Extracted = { fieldErrors: [], other: [] };
  for (const [field, v] of Object.entries(map)) {
    const msgs = Array.isArray(v) ? v : [v];
    for (const m of msgs) {
      const msg = str(m) ?? (isRecord(m) ? (str(m.msg) ?? str(m.message)) : undefined);
      if (!msg) continue;
      if (field === "__all__" || field === "non_field_errors" || field === "_form") out.other.push(msg);
      else out.fieldErrors.push({ field, message: msg });
    }
  }
  return out;
}

function isErrorMap(v: Record<string, unknown>): boolean {
  const values = Object.values(v);
  return (
    values.length > 0 &&
    values.every((x) => typeof x === "string" || (Array.isArray(x) && x.every((m) => typeof m === "string")))
  );
}

/** Craft Easy `error.details` in any of the accepted shapes (craft-easy.md §8). */
function fromCraftDetails(details: unknown, status: number, code: string): Extracted {
  const empty: Extracted = { fieldErrors: [], other: [] };
  if (Array.isArray(details)) return fromErrorList(details);
  if (!isRecord(details)) return empty;
  // Nested containers some servers use.
  for (const key of ["errors", "fields", "field_errors", "validation_errors"]) {
    const inner = details[key];
    if (Array.isArray(inner)) return fromErrorList(inner);
    if (isRecord(inner) && isErrorMap(inner)) return fromErrorMap(inner);
  }
  // A flat map is only field errors on validation failures; elsewhere details carry context
  // such as {resource, item_id} (404) or {feature} (403).
  const validation = /VALIDAT/i.test(code) || ((status === 400 || status === 422) && code !== "CASCADE_DENY");
  if (validation && isErrorMap(details)) return fromErrorMap(details);
  return empty;
}

function looksLikeHtml(text: string): boolean {
  return /^\s*(<!doctype html|<html|<head|<body|<\?xml)/i.test(text) || /<\/(html|body|title|h1|p)>/i.test(text);
}

function isApiPath(url: string | undefined): boolean {
  if (url === undefined) return true;
  try {
    return new URL(url, "http://localhost").pathname.includes("/api/");
  } catch {
    return url.includes("/api/");
  }
}

/** litestar-admin permission-guard 401s must never trigger refresh/login loops (§3.5). */
function isLitestarGuardDetail(detail: string): boolean {
  return detail.startsWith("Permission '") || detail === "Authentication required" || detail === "Authentication is not configured";
}

function joinMessage(main: string, other: string[]): string {
  if (other.length === 0) return main;
  const extra = other.join("; ");
  return main ? `${main.replace(/[.:]\s*$/, "")}: ${extra}` : extra;
}

function parseMaybeJson(body: unknown): unknown {
  if (typeof body !== "string") return body;
  const t = body.trim();
  if (t === "" || !(t.startsWith("{") || t.startsWith("["))) return body;
  try {
    return JSON.parse(t) as unknown;
  } catch {
    return body;
  }
}

/** Normalise one failed HTTP response into an `ApiError`. */
export function normalizeError(input: ErrorInput): ApiError {
  const { status } = input;
  const now = input.now ?? Date.now;
  const body = parseMaybeJson(input.body);
  const headerRequestId =
    getHeader(input.headers, "X-Request-ID") ?? getHeader(input.headers, "X-Correlation-ID") ?? undefined;
  const retryAfter = retryAfterSeconds(input.headers, body, now);
  const base = {
    status,
    retryAfter: status === 429 || status === 503 ? retryAfter : undefined,
    requestId: headerRequestId ?? undefined,
  };
  const generic = genericMessage(status, input.statusText);
  const fallbackCode = codeForStatus(status);

  // --- non-JSON bodies (text/plain, HTML, empty)
  if (!isRecord(body) && !Array.isArray(body)) {
    const text = typeof body === "string" ? body.trim() : "";
    const contentType = getHeader(input.headers, "Content-Type") ?? "";
    const html = /html/i.test(contentType) || looksLikeHtml(text);
    // litestar-admin's auth middleware: 404 text/plain "Not Found" on a protected /api/ route.
    const plain = /text\/plain/i.test(contentType) || (contentType === "" && text !== "");
    if (status === 404 && !html && plain && isApiPath(input.url)) {
      return new ApiError({
        ...base,
        code: "AUTH_LOST",
        message: "Your session has ended; please sign in again.",
        authLost: true,
        details: text || undefined,
      });
    }
    let message = generic;
    if (text && !html && plain && text.length <= 300 && text.toLowerCase() !== reasonPhrase(status, input.statusText).toLowerCase()) {
      message = `${text} (${status} ${reasonPhrase(status, input.statusText)})`;
    }
    return new ApiError({
      ...base,
      code: fallbackCode,
      message,
      authLost: status === 401,
      details: text ? (html ? "(HTML error page)" : text) : undefined,
    });
  }

  if (Array.isArray(body)) {
    const ex = fromErrorList(body);
    return new ApiError({
      ...base,
      code: ex.fieldErrors.length > 0 ? "VALIDATION_ERROR" : fallbackCode,
      message: joinMessage(ex.fieldErrors.length > 0 ? "Some fields are invalid" : generic, ex.other),
      fieldErrors: ex.fieldErrors,
      authLost: status === 401,
      details: body,
    });
  }

  const requestId = str(body.request_id) ?? str(body.requestId) ?? base.requestId;

  // --- Craft Easy envelope {error:{code,message,details}, request_id}
  if (isRecord(body.error)) {
    const err = body.error;
    const code = str(err.code) ?? fallbackCode;
    const ex = fromCraftDetails(err.details, status, code);
    // a unique-key conflict (409 CONFLICT) names its field in `details.field`
    const conflictField = status === 409 && isRecord(err.details) ? str(err.details.field) : undefined;
    if (conflictField && ex.fieldErrors.length === 0) ex.fieldErrors.push({ field: conflictField, message: str(err.message) ?? generic });
    let message = str(err.message) ?? (ex.fieldErrors.length > 0 ? "Some fields are invalid" : generic);
    if (ex.fieldErrors.length === 0) message = joinMessage(message, ex.other);
    else if (ex.other.length > 0) message = joinMessage(message, ex.other);
    return new ApiError({
      ...base,
      requestId,
      code,
      message,
      fieldErrors: ex.fieldErrors,
      authLost: status === 401,
      details: err.details,
    });
  }

  // --- litestar rate limiter {error: "Too Many Requests", retry_after: N}
  if (typeof body.error === "string" && "retry_after" in body) {
    const secs = retryAfter;
    return new ApiError({
      ...base,
      requestId,
      retryAfter: secs,
      code: "RATE_LIMITED",
      message:
        secs !== undefined
          ? `Too many requests; please try again in ${secs} second${secs === 1 ? "" : "s"}.`
          : genericMessage(429),
      details: body,
    });
  }

  // --- upload {success:false, errors:[{field, error, code?}]}
  if (Array.isArray(body.errors) && (body.success === false || !("detail" in body))) {
    const ex = fromErrorList(body.errors);
    const first = ex.fieldErrors[0]?.message ?? ex.other[0];
    return new ApiError({
      ...base,
      requestId,
      code: status === 200 || status === 201 ? "REJECTED" : ex.fieldErrors.length > 0 ? "VALIDATION_ERROR" : fallbackCode,
      message: joinMessage(str(body.message) ?? (ex.fieldErrors.length > 0 ? "Some fields are invalid" : (first ?? generic)), ex.fieldErrors.length > 0 ? ex.other : []),
      fieldErrors: ex.fieldErrors,
      details: body,
    });
  }

  // --- Litestar {status_code, detail, extra} and FastAPI {detail: string | [{loc,msg,type}]}
  if ("detail" in body) {
    const detail = body.detail;
    if (Array.isArray(detail)) {
      const ex = fromErrorList(detail);
      return new ApiError({
        ...base,
        requestId,
        code: "VALIDATION_ERROR",
        message: joinMessage(ex.fieldErrors.length > 0 ? "Some fields are invalid" : generic, ex.other),
        fieldErrors: ex.fieldErrors,
        authLost: false,
        details: detail,
      });
    }
    const detailText = str(detail) ?? (isRecord(detail) ? (str(detail.message) ?? str(detail.msg)) : undefined);
    const fieldErrors: FieldError[] = [];
    const other: string[] = [];
    if (Array.isArray(body.extra)) {
      for (const e of body.extra) {
        if (!isRecord(e)) continue;
        const msg = str(e.message) ?? str(e.msg);
        if (!msg) continue;
        const key = str(e.key);
        const source = str(e.source);
        if (key && (source === "body" || source === undefined)) fieldErrors.push({ field: key, message: msg });
        else other.push([key, source ? `(${source})` : undefined].filter(Boolean).join(" ") + (key || source ? `: ${msg}` : msg));
      }
    } else if (isRecord(body.extra) && isErrorMap(body.extra)) {
      fieldErrors.push(...fromErrorMap(body.extra).fieldErrors);
    }
    // A bare reason phrase ("Internal Server Error", "Not Found") is not a message.
    const informative =
      detailText !== undefined && detailText.toLowerCase() !== reasonPhrase(status).toLowerCase() && detailText.toLowerCase() !== (input.statusText ?? "").toLowerCase();
    let message = informative && detailText ? detailText : generic;
    if (informative && detailText && /^Validation failed for /.test(detailText) && (fieldErrors.length > 0 || other.length > 0)) {
      message = fieldErrors.length > 0 ? "Some fields are invalid" : "The request was invalid";
    }
    message = joinMessage(message, other);
    const code =
      fieldErrors.length > 0 || (status === 400 && other.length > 0) ? "VALIDATION_ERROR" : str(body.code) ?? fallbackCode;
    const authLost = status === 401 && !(detailText !== undefined && isLitestarGuardDetail(detailText));
    return new ApiError({ ...base, requestId, code, message, fieldErrors, authLost, details: body });
  }

  // --- action execution {success:false, message} (status 200 in litestar-admin)
  if (body.success === false) {
    return new ApiError({
      ...base,
      requestId,
      code: status >= 200 && status < 300 ? "REJECTED" : fallbackCode,
      message: str(body.message) ?? generic,
      details: body,
    });
  }

  // --- anything else: take a plausible message, else the status text
  const message = str(body.message) ?? (typeof body.error === "string" ? str(body.error) : undefined);
  return new ApiError({
    ...base,
    requestId,
    code: str(body.code) ?? fallbackCode,
    message: message ?? generic,
    authLost: status === 401,
    details: body,
  });
}

/** Read a failed `Response` and normalise it. The body is consumed. */
export async function errorFromResponse(
  response: Response,
  request?: { url?: string; method?: string; now?: () => number },
): Promise<ApiError> {
  let text = "";
  try {
    text = await response.text();
  } catch {
    // unreadable body: treat as empty
  }
  return normalizeError({
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
    body: text,
    url: request?.url ?? response.url,
    method: request?.method,
    now: request?.now,
  });
}

export function isAbortError(e: unknown, signal?: AbortSignal | null): boolean {
  if (signal?.aborted) return true;
  return (
    typeof e === "object" &&
    e !== null &&
    "name" in e &&
    ((e as { name: unknown }).name === "AbortError" || (e as { name: unknown }).name === "TimeoutError")
  );
}

/** The request was cancelled (unmount, navigation, explicit abort). */
export function abortedError(cause?: unknown): ApiError {
  return new ApiError({ status: 0, code: "ABORTED", message: "The request was cancelled.", details: cause });
}

/** The server could not be reached at all (offline, DNS, CORS, refused connection). */
export function networkError(cause?: unknown): ApiError {
  const reason = cause instanceof Error && cause.message ? ` (${cause.message})` : "";
  return new ApiError({
    status: 0,
    code: "NETWORK_ERROR",
    message: `Could not reach the server. Check your connection or the server's CORS settings${reason}.`,
    details: cause instanceof Error ? cause.message : cause,
  });
}

/** Any thrown value → ApiError (network failure, abort, or already an ApiError). */
export function toApiError(e: unknown, signal?: AbortSignal | null): ApiError {
  if (e instanceof ApiError) return e;
  if (isAbortError(e, signal)) return abortedError(e);
  return networkError(e);
}

/** Copy of an error with `authLost` set (after a failed refresh). */
export function withAuthLost(e: ApiError): ApiError {
  if (e.authLost) return e;
  return new ApiError({
    status: e.status,
    code: e.code,
    message: e.message,
    fieldErrors: e.fieldErrors,
    retryAfter: e.retryAfter,
    requestId: e.requestId,
    authLost: true,
    details: e.details,
  });
}

/** Copy of an error with `authLost` cleared (anonymous requests, e.g. a wrong sign-in code). */
export function withoutAuthLost(e: ApiError): ApiError {
  if (!e.authLost) return e;
  return new ApiError({
    status: e.status,
    code: e.code,
    message: e.message,
    fieldErrors: e.fieldErrors,
    retryAfter: e.retryAfter,
    requestId: e.requestId,
    authLost: false,
    details: e.details,
  });
}
