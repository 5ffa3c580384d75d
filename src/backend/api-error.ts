// The one normalised error every adapter throws. Screens never parse raw error bodies, and never
// decide from a status what a failure means: `kind` says it (the adapter knows the dialect).
// Here too the errors of a request that got no HTTP answer (cancelled, unreachable); an answer's
// error is read by normalize-error.ts, which loads only when a request fails.
import { t } from "./messages.ts";

export interface FieldError {
  field: string;
  message: string;
}

/** What failed, as far as a screen needs to know to word it. */
export type ApiErrorKind =
  /** No answer at all: offline, DNS, CORS, a refused connection. */
  | "network"
  /** Cancelled by the client (unmount, navigation, explicit abort). */
  | "aborted"
  /** 429: refused before it was handled; `retryAfter` says when to try again. */
  | "rate-limited"
  /** 408 / 504: no answer in time; the request may or may not have taken effect. */
  | "timeout"
  /** 502 / 503: the server, or the gateway in front of it, is down or overloaded. */
  | "unavailable"
  /** 500 and other 5xx: the server failed while handling the request. */
  | "server-failure"
  /** The server refused the values without saying which (litestar-admin's 500 on create/update). */
  | "constraint"
  /** Any other refusal (4xx, or a 2xx `{success:false}`): the message says why. */
  | "rejected"
  /** A problem on the client's side: configuration, an unsupported step, an unreadable answer. */
  | "other";

/**
 * What the server refused, when its answer says so in a structured way: which field, which
 * other records, how many. Screens word it with the schema's labels (refusal-message.ts), never
 * with the server's own sentence (which names resources and fields by their wire names).
 */
export type Refusal =
  /** A unique field already holds this value in another record (Craft Easy 409 CONFLICT). */
  | { type: "duplicate"; field: string }
  /** A delete blocked by other records that still refer to this one (Craft Easy 422 CASCADE_DENY). */
  | { type: "in-use"; usedBy?: string; count?: number }
  /** The record (or the address) does not exist: a JSON 404, never the auth-loss one. */
  | { type: "not-found" };

export interface ApiErrorInit {
  status: number;
  code: string;
  message: string;
  /** Default: from status and code (`kindOf`); adapters set it where the dialect decides. */
  kind?: ApiErrorKind;
  fieldErrors?: FieldError[];
  retryAfter?: number;
  requestId?: string;
  authLost?: boolean;
  details?: unknown;
  refusal?: Refusal;
}

/** The kind a status (and the client's own codes for status 0) means in every dialect. */
export function kindOf(status: number, code: string): ApiErrorKind {
  if (code === "ABORTED") return "aborted";
  if (code === "NETWORK_ERROR") return "network";
  if (status === 429) return "rate-limited";
  if (status === 408 || status === 504) return "timeout";
  if (status === 502 || status === 503) return "unavailable";
  if (status >= 500) return "server-failure";
  if (status >= 400 || code === "REJECTED") return "rejected";
  return "other";
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly kind: ApiErrorKind;
  readonly fieldErrors: FieldError[];
  /** Seconds to wait before retrying (429, 503). */
  readonly retryAfter?: number;
  readonly requestId?: string;
  /** The session is gone (Craft Easy 401 AUTH_REQUIRED, litestar-admin text/plain 404). */
  readonly authLost: boolean;
  readonly details?: unknown;
  readonly refusal?: Refusal;

  constructor(init: ApiErrorInit) {
    super(init.message);
    this.name = "ApiError";
    this.status = init.status;
    this.code = init.code;
    this.kind = init.kind ?? kindOf(init.status, init.code);
    this.fieldErrors = init.fieldErrors ?? [];
    this.retryAfter = init.retryAfter;
    this.requestId = init.requestId;
    this.authLost = init.authLost ?? false;
    this.details = init.details;
    this.refusal = init.refusal;
  }
}

export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError;
}

/** A copy of an error with some of its fields replaced (the original is immutable). */
export function copyApiError(e: ApiError, changes: Partial<ApiErrorInit>): ApiError {
  return new ApiError({
    status: e.status,
    code: e.code,
    message: e.message,
    kind: e.kind,
    fieldErrors: e.fieldErrors,
    retryAfter: e.retryAfter,
    requestId: e.requestId,
    authLost: e.authLost,
    details: e.details,
    refusal: e.refusal,
    ...changes,
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
  return new ApiError({ status: 0, code: "ABORTED", message: t("cancelled"), details: cause });
}

/** The server could not be reached at all (offline, DNS, CORS, refused connection). */
export function networkError(cause?: unknown): ApiError {
  const reason = cause instanceof Error && cause.message ? cause.message : "";
  return new ApiError({
    status: 0,
    code: "NETWORK_ERROR",
    message: reason ? t("unreachableReason", { reason }) : t("unreachable"),
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
  return e.authLost ? e : copyApiError(e, { authLost: true });
}

/** Copy of an error with `authLost` cleared (anonymous requests, e.g. a wrong sign-in code). */
export function withoutAuthLost(e: ApiError): ApiError {
  return e.authLost ? copyApiError(e, { authLost: false }) : e;
}
