// `GET /admin/schema` (craft-easy.md §2): the caller's own schema, with an MD5-length ETag and 304
// on If-None-Match.
import { hashHex } from "../hash.ts";
import { authenticate } from "./authenticate.ts";
import { etagMatches } from "./etag.ts";
import { jsonResponse } from "./responses.ts";
import type { CraftEasyContext } from "./types.ts";

export function schemaRoute(context: CraftEasyContext, request: Request): Response {
  const auth = authenticate(context, request);
  if (!auth.ok) return auth.response;
  const schema = context.schemaFor(auth.user);
  const etag = `"${hashHex(JSON.stringify(schema))}"`;
  if (etagMatches(request.headers.get("if-none-match"), etag)) return jsonResponse(304, null, { ETag: etag });
  return jsonResponse(200, schema, { ETag: etag, "Cache-Control": "no-cache" });
}
