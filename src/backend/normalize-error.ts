// One normaliser for every error shape either backend sends (craft-easy.md §8, litestar-admin.md §14).
// Input is what the wire gave us (status, headers, body as text or parsed JSON); output is the one
// `ApiError`. Screens never parse raw bodies; adapters never hand-roll messages for HTTP failures.
// Each body shape has its own reader below, tried in the order litestar-admin.md §14.2 gives.
import { ApiError, copyApiError } from "./api-error.ts";
import { codeForStatus, genericMessage, reasonPhrase } from "./error-messages.ts";
import { isRecord } from "../lib/is-record.ts";
import { fromCraftDetails, fromErrorList, fromLitestarExtra, joinMessage, str } from "./error-fields.ts";
import { getHeader, retryAfterSeconds, type HeadersLike } from "./retry-after.ts";
import { refusalOf } from "./error-refusal.ts";
import { t } from "./messages.ts";

export interface ErrorInput {
  status: number;
  statusText?: string;
  headers?: HeadersLike;
  /** Parsed JSON, or the raw text when the body is not JSON (or not yet parsed). */
  body?: unknown;
  /** Request URL; needed to recognise litestar-admin's auth-loss 404 on `/api/` routes. */
  url?: string;
  method?: string;
  /** Clock for HTTP-date `Retry-After` values (ms since epoch). */
  now?: () => number;
}

/** What every shape reader starts from. */
interface Context {
  input: ErrorInput;
  status: number;
  /** Spread into every error: status, the retry hint where it applies (429, 503), request id. */
  base: { status: number; retryAfter?: number; requestId?: string };
  /** The retry hint whatever the status. */
  retryAfter?: number;
  /** The status's plain sentence, for bodies that say nothing usable. */
  generic: string;
  fallbackCode: string;
}

type ShapeReader = (body: Record<string, unknown>, ctx: Context) => ApiError | null;

const someFieldsInvalid = (): string => t("someFieldsInvalid");

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

/** Text, HTML or empty bodies; litestar-admin's text/plain 404 on an /api/ route is auth loss. */
function fromText(body: unknown, ctx: Context): ApiError {
  const { input, status, base } = ctx;
  const text = typeof body === "string" ? body.trim() : "";
  const contentType = getHeader(input.headers, "Content-Type") ?? "";
  const html = /html/i.test(contentType) || looksLikeHtml(text);
  const plain = /text\/plain/i.test(contentType) || (contentType === "" && text !== "");
  if (status === 404 && !html && plain && isApiPath(input.url)) {
    return new ApiError({
      ...base,
      code: "AUTH_LOST",
      message: t("sessionEnded"),
      authLost: true,
      details: text || undefined,
    });
  }
  const reason = reasonPhrase(status, input.statusText);
  const readable = text !== "" && !html && plain && text.length <= 300 && text.toLowerCase() !== reason.toLowerCase();
  return new ApiError({
    ...base,
    code: ctx.fallbackCode,
    message: readable ? `${text} (${status} ${reason})` : ctx.generic,
    authLost: status === 401,
    details: text ? (html ? "(HTML error page)" : text) : undefined,
  });
}

/** A bare JSON list of errors. */
function fromList(body: unknown[], ctx: Context): ApiError {
  const ex = fromErrorList(body);
  const fields = ex.fieldErrors.length > 0;
  return new ApiError({
    ...ctx.base,
    code: fields ? "VALIDATION_ERROR" : ctx.fallbackCode,
    message: joinMessage(fields ? someFieldsInvalid() : ctx.generic, ex.other),
    fieldErrors: ex.fieldErrors,
    authLost: ctx.status === 401,
    details: body,
  });
}

/** Craft Easy's envelope `{error: {code, message, details}, request_id}`. */
const fromCraftEnvelope: ShapeReader = (body, ctx) => {
  const err = body.error;
  if (!isRecord(err)) return null;
  const code = str(err.code) ?? ctx.fallbackCode;
  const ex = fromCraftDetails(err.details, ctx.status, code);
  // a unique-key conflict (409 CONFLICT) names its field in `details.field`
  const conflictField = ctx.status === 409 && isRecord(err.details) ? str(err.details.field) : undefined;
  if (conflictField && ex.fieldErrors.length === 0) ex.fieldErrors.push({ field: conflictField, message: str(err.message) ?? ctx.generic });
  const main = str(err.message) ?? (ex.fieldErrors.length > 0 ? someFieldsInvalid() : ctx.generic);
  return new ApiError({
    ...ctx.base,
    code,
    message: joinMessage(main, ex.other),
    fieldErrors: ex.fieldErrors,
    authLost: ctx.status === 401,
    details: err.details,
  });
};

/** litestar-admin's rate limiter `{error: "Too Many Requests", retry_after: N}`. */
const fromRateLimitBody: ShapeReader = (body, ctx) => {
  if (typeof body.error !== "string" || !("retry_after" in body)) return null;
  const secs = ctx.retryAfter;
  return new ApiError({
    ...ctx.base,
    retryAfter: secs,
    code: "RATE_LIMITED",
    message: secs !== undefined ? t("retryIn", { seconds: secs }) : genericMessage(429),
    details: body,
  });
};

/** litestar-admin's upload answer `{success: false, errors: [{field, error, code?}]}`. */
const fromUploadErrors: ShapeReader = (body, ctx) => {
  if (!Array.isArray(body.errors) || (body.success !== false && "detail" in body)) return null;
  const ex = fromErrorList(body.errors);
  const fields = ex.fieldErrors.length > 0;
  const first = ex.fieldErrors[0]?.message ?? ex.other[0];
  const ok = ctx.status === 200 || ctx.status === 201;
  return new ApiError({
    ...ctx.base,
    code: ok ? "REJECTED" : fields ? "VALIDATION_ERROR" : ctx.fallbackCode,
    message: joinMessage(str(body.message) ?? (fields ? someFieldsInvalid() : (first ?? ctx.generic)), fields ? ex.other : []),
    fieldErrors: ex.fieldErrors,
    details: body,
  });
};

/** FastAPI's `{detail: [{loc, msg, type}]}`. */
function fromDetailList(detail: unknown[], ctx: Context): ApiError {
  const ex = fromErrorList(detail);
  return new ApiError({
    ...ctx.base,
    code: "VALIDATION_ERROR",
    message: joinMessage(ex.fieldErrors.length > 0 ? someFieldsInvalid() : ctx.generic, ex.other),
    fieldErrors: ex.fieldErrors,
    authLost: false,
    details: detail,
  });
}

/** The message for a `detail` text: a bare reason phrase ("Internal Server Error") is not one. */
function detailMessage(detailText: string | undefined, fields: number, other: number, ctx: Context): string {
  const lower = detailText?.toLowerCase();
  const informative =
    detailText !== undefined && lower !== reasonPhrase(ctx.status).toLowerCase() && lower !== (ctx.input.statusText ?? "").toLowerCase();
  if (!informative) return ctx.generic;
  if (/^Validation failed for /.test(detailText) && (fields > 0 || other > 0)) return fields > 0 ? someFieldsInvalid() : t("requestInvalid");
  return detailText;
}

/** Litestar's `{status_code, detail, extra}` and FastAPI's `{detail: string | [...]}`. */
const fromDetail: ShapeReader = (body, ctx) => {
  if (!("detail" in body)) return null;
  const detail = body.detail;
  if (Array.isArray(detail)) return fromDetailList(detail, ctx);
  const detailText = str(detail) ?? (isRecord(detail) ? (str(detail.message) ?? str(detail.msg)) : undefined);
  const { fieldErrors, other } = fromLitestarExtra(body.extra);
  const message = joinMessage(detailMessage(detailText, fieldErrors.length, other.length, ctx), other);
  const validation = fieldErrors.length > 0 || (ctx.status === 400 && other.length > 0);
  const authLost = ctx.status === 401 && !(detailText !== undefined && isLitestarGuardDetail(detailText));
  return new ApiError({
    ...ctx.base,
    code: validation ? "VALIDATION_ERROR" : (str(body.code) ?? ctx.fallbackCode),
    message,
    fieldErrors,
    authLost,
    details: body,
  });
};

/** litestar-admin's action answer `{success: false, message}` (status 200). */
const fromActionFailure: ShapeReader = (body, ctx) => {
  if (body.success !== false) return null;
  return new ApiError({
    ...ctx.base,
    code: ctx.status >= 200 && ctx.status < 300 ? "REJECTED" : ctx.fallbackCode,
    message: str(body.message) ?? ctx.generic,
    details: body,
  });
};

/** Anything else: a plausible message, else the status's sentence. */
function fromAnyObject(body: Record<string, unknown>, ctx: Context): ApiError {
  const message = str(body.message) ?? (typeof body.error === "string" ? str(body.error) : undefined);
  return new ApiError({
    ...ctx.base,
    code: str(body.code) ?? ctx.fallbackCode,
    message: message ?? ctx.generic,
    authLost: ctx.status === 401,
    details: body,
  });
}

const OBJECT_SHAPES: readonly ShapeReader[] = [fromCraftEnvelope, fromRateLimitBody, fromUploadErrors, fromDetail, fromActionFailure];

function contextOf(input: ErrorInput, body: unknown): Context {
  const { status } = input;
  const retryAfter = retryAfterSeconds(input.headers, body, input.now ?? Date.now);
  const requestId = getHeader(input.headers, "X-Request-ID") ?? getHeader(input.headers, "X-Correlation-ID") ?? undefined;
  return {
    input,
    status,
    base: { status, retryAfter: status === 429 || status === 503 ? retryAfter : undefined, requestId },
    retryAfter,
    generic: genericMessage(status, input.statusText),
    fallbackCode: codeForStatus(status),
  };
}

/** Normalise one failed HTTP response into an `ApiError`, with its refusal where the body says one. */
export function normalizeError(input: ErrorInput): ApiError {
  const body = parseMaybeJson(input.body);
  const error = readError(input, body);
  const refusal = error.authLost ? undefined : refusalOf(error.status, body);
  return refusal ? copyApiError(error, { refusal }) : error;
}

function readError(input: ErrorInput, body: unknown): ApiError {
  const ctx = contextOf(input, body);
  if (Array.isArray(body)) return fromList(body, ctx);
  if (!isRecord(body)) return fromText(body, ctx);
  const requestId = str(body.request_id) ?? str(body.requestId) ?? ctx.base.requestId;
  const withId: Context = { ...ctx, base: { ...ctx.base, requestId } };
  for (const read of OBJECT_SHAPES) {
    const error = read(body, withId);
    if (error) return error;
  }
  return fromAnyObject(body, withId);
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
