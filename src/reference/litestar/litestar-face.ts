// Mounts the litestar-admin face on the reference backend at `/admin/api` (DESIGN.md: Craft Easy at
// `/`, litestar-admin at `/admin/api`), over the shared store and token authority. The reference
// backend's rate limiter and failEvery answer through `error` with litestar's bodies.
import type { Face, FaceContext } from "../reference-backend.ts";
import { createLitestarHandler } from "./litestar-handler.ts";
import type { LitestarHandlerOptions } from "./litestar-handler.ts";

export const LITESTAR_PREFIX = "/admin/api";

/** Litestar's shapes for the shared layer's 429 (the RateLimitMiddleware body) and 500. */
export function litestarFaceError(status: number, _code: string, message: string, headers: Record<string, string>): Response {
  if (status === 429) {
    const retry = Number(headers["Retry-After"] ?? headers["retry-after"] ?? 60);
    // json.dumps spacing, as the middleware writes it (§14.3).
    return new Response(`{"error": "Too Many Requests", "retry_after": ${Number.isFinite(retry) ? retry : 60}}`, {
      status,
      headers: { "content-type": "application/json", ...headers },
    });
  }
  const detail = status === 500 ? "Internal Server Error" : message;
  return new Response(JSON.stringify({ status_code: status, detail }), { status, headers: { "content-type": "application/json", ...headers } });
}

/** A `FaceFactory` for `createReferenceBackend({ faces: [...] })`. */
export function litestarFace(extra: Omit<LitestarHandlerOptions, "tokens" | "now" | "prefix" | "rateLimit" | "failEvery"> = {}) {
  return (ctx: FaceContext): Face => {
    const handler = createLitestarHandler(ctx.store, { ...extra, tokens: ctx.tokens, now: ctx.now, prefix: LITESTAR_PREFIX });
    return {
      prefix: LITESTAR_PREFIX,
      handle: (request, path) => handler.handle(request, path),
      error: litestarFaceError,
    };
  };
}
