// Craft Easy's answers: JSON bodies, the error envelope {error:{code,message,details},request_id}
// (craft-easy.md §8), 422 VALIDATION_ERROR, and the JSON body reader.
import type { ValidationIssue } from "./types.ts";

export const JSON_TYPE = "application/json";
let requestCounter = 0;

export function newRequestId(): string {
  requestCounter += 1;
  return `req_${Date.now().toString(36)}${requestCounter.toString(36).padStart(6, "0")}`;
}

export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(status === 204 || status === 304 ? null : JSON.stringify(body), {
    status,
    headers: status === 204 || status === 304 ? headers : { "Content-Type": JSON_TYPE, ...headers },
  });
}

/** Craft Easy's error envelope {error:{code,message,details},request_id}. */
export function craftEasyError(status: number, code: string, message: string, details?: unknown, headers: Record<string, string> = {}): Response {
  const requestId = newRequestId();
  const error: Record<string, unknown> = { code, message };
  if (details !== undefined) error.details = details;
  return jsonResponse(status, { error, request_id: requestId }, { "X-Request-ID": requestId, ...headers });
}

export function validationError(issues: ValidationIssue[], message = "Request validation failed"): Response {
  return craftEasyError(422, "VALIDATION_ERROR", message, issues);
}

/** The body as JSON; an empty body is `{}`; malformed JSON is a 422. */
export async function readJson(request: Request): Promise<{ ok: true; body: unknown } | { ok: false; response: Response }> {
  const text = await request.text();
  if (text.trim() === "") return { ok: true, body: {} };
  try {
    return { ok: true, body: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, response: validationError([{ loc: ["body"], msg: "JSON decode error", type: "json_invalid" }], "Request body is not valid JSON") };
  }
}

/** The parsed body when it is a JSON object, else `{}` (routes then report the missing fields). */
export function objectOrEmpty(body: unknown): Record<string, unknown> {
  return (typeof body === "object" && body !== null ? body : {}) as Record<string, unknown>;
}
