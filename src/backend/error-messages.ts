// Reason phrases, fallback codes and plain sentences for HTTP statuses, for when a server's error
// body says nothing usable (normalize-error.ts). The reason phrases are HTTP's own, never translated.
import { t } from "./messages.ts";

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

export function codeForStatus(status: number): string {
  return CODE_BY_STATUS[status] ?? `HTTP_${status}`;
}

/** A human sentence for a status when the server gave nothing usable. */
export function genericMessage(status: number, statusText?: string): string {
  const tag = `${status} ${reasonPhrase(status, statusText)}`;
  switch (status) {
    case 401:
      return t("sessionInvalid", { tag });
    case 403:
      return t("forbidden", { tag });
    case 404:
      return t("notFound", { tag });
    case 408:
    case 504:
      return t("timeout", { tag });
    case 412:
      return t("changedMeanwhile", { tag });
    case 429:
      return t("tooManyRequests", { tag });
    case 502:
    case 503:
      return t("unavailable", { tag });
    default:
      return t("rejected", { tag });
  }
}
