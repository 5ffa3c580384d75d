// Readers of the schema-building responses (litestar-admin.md §4, §5, §7): the documented shape,
// with the client's defaults for what a server leaves out; a response that is not even that
// shape ends in a BAD_RESPONSE ApiError naming the endpoint.
import { badResponse, isRecord } from "./litestar-context.ts";
import type { LitestarConfigResponse, LitestarModelInfo, LitestarModelSchema } from "./litestar-wire-types.ts";

export function readModels(data: unknown, status: number): LitestarModelInfo[] {
  if (!Array.isArray(data)) throw badResponse(status, "The server's model catalog (/api/models) is not a list.", data);
  const out: LitestarModelInfo[] = [];
  for (const m of data) {
    if (!isRecord(m) || typeof m.model_name !== "string" || m.model_name === "") continue;
    out.push({
      name: typeof m.name === "string" && m.name !== "" ? m.name : m.model_name,
      model_name: m.model_name,
      icon: typeof m.icon === "string" ? m.icon : "",
      category: typeof m.category === "string" && m.category !== "" ? m.category : null,
      can_create: m.can_create !== false,
      can_edit: m.can_edit !== false,
      can_delete: m.can_delete !== false,
      can_view_details: m.can_view_details !== false,
    });
  }
  return out;
}

export function readModelSchema(data: unknown, status: number, model: string): LitestarModelSchema {
  if (!isRecord(data) || !isRecord(data.properties)) {
    throw badResponse(status, `The form schema of "${model}" has no properties.`, data);
  }
  return {
    type: "object",
    title: typeof data.title === "string" ? data.title : model,
    properties: data.properties as LitestarModelSchema["properties"],
    required: Array.isArray(data.required) ? data.required.filter((r): r is string => typeof r === "string") : [],
    fieldsets: Array.isArray(data.fieldsets) ? (data.fieldsets.filter(isRecord) as unknown as LitestarModelSchema["fieldsets"]) : undefined,
  };
}

export function readConfig(data: unknown): LitestarConfigResponse | null {
  if (!isRecord(data)) return null;
  return {
    title: typeof data.title === "string" ? data.title : "",
    debug: data.debug === true,
    theme: data.theme === "light" ? "light" : "dark",
    dev_credentials: Array.isArray(data.dev_credentials) ? (data.dev_credentials.filter(isRecord) as unknown as LitestarConfigResponse["dev_credentials"]) : [],
    oauth_providers: Array.isArray(data.oauth_providers) ? (data.oauth_providers.filter(isRecord) as unknown as LitestarConfigResponse["oauth_providers"]) : [],
  };
}
