// Readers of what the schema build needs (litestar-admin.md §4, §5, §7), and `readWire`: a
// response parsed with its wire schema (litestar-wire-types.ts), or a BAD_RESPONSE ApiError that
// says which answer was not in the documented shape.
import * as v from "valibot";
import type { HttpResponse } from "../http-client.ts";
import { badResponse } from "./litestar-context.ts";
import { LitestarCatalogSchema, LitestarConfigSchema, LitestarModelSchemaSchema } from "./litestar-wire-types.ts";
import type { LitestarConfigResponse, LitestarModelInfo, LitestarModelSchema } from "./litestar-wire-types.ts";

export function readWire<const S extends v.GenericSchema>(schema: S, res: Pick<HttpResponse, "data" | "status">, message: string): v.InferOutput<S> {
  const parsed = v.safeParse(schema, res.data);
  if (!parsed.success) throw badResponse(res.status, message, res.data);
  return parsed.output;
}

/** `GET /api/config`, or null when the answer is not an object (the public config is optional). */
export function readConfig(data: unknown): LitestarConfigResponse | null {
  const parsed = v.safeParse(LitestarConfigSchema, data);
  return parsed.success ? parsed.output : null;
}

export function readModels(res: Pick<HttpResponse, "data" | "status">): LitestarModelInfo[] {
  return readWire(LitestarCatalogSchema, res, "The server's model catalog (/api/models) is not a list.");
}

export function readModelSchema(res: Pick<HttpResponse, "data" | "status">, model: string): LitestarModelSchema {
  const schema = readWire(LitestarModelSchemaSchema, res, `The form schema of "${model}" has no properties.`);
  return { ...schema, title: schema.title ?? model };
}
