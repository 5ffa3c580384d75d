// Mounts the litestar-admin face on the reference backend at `/admin/api` (DESIGN.md: Craft Easy at
// `/`, litestar-admin at `/admin/api`), over the shared store and token authority. The reference
// backend's rate limiter and failEvery answer through `error` with litestar's bodies.
import type { Face, FaceContext } from "../reference-backend.ts";
import { createLitestarHandler } from "./litestar-handler.ts";
import type { LitestarHandlerOptions } from "./litestar-handler.ts";
import { json, rateLimited } from "./responses.ts";

export const LITESTAR_PREFIX = "/admin/api";

/** Litestar's shapes for the shared layer's 429 (the RateLimitMiddleware body) and 500. */
export function litestarFaceError(status: number, _code: string, message: string, headers: Record<string, string>): Response {
  if (status === 429) {
    const retry = Number(headers["Retry-After"] ?? headers["retry-after"] ?? 60);
    return rateLimited(Number.isFinite(retry) ? retry : 60, headers);
  }
  return json(status, { status_code: status, detail: status === 500 ? "Internal Server Error" : message }, headers);
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
