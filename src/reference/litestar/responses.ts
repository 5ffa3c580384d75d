// litestar's answers (litestar-admin.md §14.1): JSON errors {status_code, detail, extra?}, the bare
// 500, the auth middleware's text/plain 404, 400 "Validation failed for …", and the rate
// limiter's 429 body.

export const JSON_TYPE = "application/json";

export interface ExtraEntry {
  message: string;
  key: string;
  source: string;
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { "content-type": JSON_TYPE, ...headers } });
}

export function litestarError(status: number, detail: string, extra?: ExtraEntry[]): Response {
  return json(status, extra ? { status_code: status, detail, extra } : { status_code: status, detail });
}

export const internalError = (): Response => litestarError(500, "Internal Server Error");

/** The auth middleware's answer for any protected route without valid credentials (§1 #1). */
export const authGate = (): Response => new Response("Not Found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });

export function validationFailed(ctx: { request: Request; url: URL }, extra: ExtraEntry[]): Response {
  return litestarError(400, `Validation failed for ${ctx.request.method} ${ctx.url.pathname}${ctx.url.search}`, extra);
}

/** The RateLimitMiddleware's 429: json.dumps spacing, a space after each ":" and "," (§14.3). */
export function rateLimited(retryAfter: number, headers: Record<string, string>): Response {
  return new Response(`{"error": "Too Many Requests", "retry_after": ${retryAfter}}`, { status: 429, headers: { "content-type": JSON_TYPE, ...headers } });
}
