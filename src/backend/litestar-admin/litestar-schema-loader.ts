// The AdminSchema of a litestar-admin server (litestar-admin.md §4, §5, §7, §16): /api/config,
// the /api/models catalog, each model's edit-mode form schema and first list item, translated
// (translate-litestar-schema.ts) and validated once per user; create forms per model on demand.
import * as v from "valibot";
import { ApiError } from "../api-error.ts";
import { mapLimit } from "../map-limit.ts";
import type { AdminSchema, ResourceSchema } from "../../protocol/types.ts";
import type { Backend } from "../types.ts";
import { isAborted, modelPath } from "./litestar-context.ts";
import type { LitestarContext } from "./litestar-context.ts";
import { primaryKeyOf, translateCreateForm, translateLitestarSchema } from "./translate-litestar-schema.ts";
import { readConfig, readModels, readModelSchema } from "./litestar-wire-readers.ts";
import { LitestarListSchema } from "./litestar-wire-types.ts";
import type { LitestarConfigResponse, LitestarModelSchema } from "./litestar-wire-types.ts";

const SCHEMA_CONCURRENCY = 6;

/** `GET /api/config` (public); a failure keeps what was read before. */
export async function loadConfig(ctx: LitestarContext, signal?: AbortSignal): Promise<LitestarConfigResponse | null> {
  try {
    const res = await ctx.http.get("/api/config", { anonymous: true, signal });
    ctx.state.config = readConfig(res.data) ?? ctx.state.config;
  } catch (e) {
    if (isAborted(e, signal)) throw e;
  }
  return ctx.state.config;
}

/** List columns = keys of the first list item (one limit=1 request per model); null = schema order. */
async function firstItemKeys(ctx: LitestarContext, model: string, signal?: AbortSignal): Promise<string[] | null> {
  try {
    const res = await ctx.http.get(modelPath(model), { query: { offset: 0, limit: 1 }, signal });
    const page = v.safeParse(LitestarListSchema, res.data);
    const first = page.success ? page.output.items[0] : undefined;
    return first ? Object.keys(first) : null;
  } catch (e) {
    if (isAborted(e, signal) || (e instanceof ApiError && e.authLost)) throw e;
    return null; // e.g. a 500 from an invalid enum row: fall back to the schema order
  }
}

function validated(ctx: LitestarContext, translated: unknown): AdminSchema {
  try {
    return ctx.validateSchema(translated);
  } catch (e) {
    throw new ApiError({
      status: 200,
      code: "SCHEMA_INVALID",
      message: `The schema built from the server's models is not valid: ${e instanceof Error ? e.message : String(e)}`,
      details: e,
    });
  }
}

async function buildSchema(ctx: LitestarContext, signal?: AbortSignal): Promise<AdminSchema> {
  const { http, state } = ctx;
  const gen = state.generation;
  if (!state.config) await loadConfig(ctx, signal);
  const catalogRes = await http.get("/api/models", { signal });
  const catalog = readModels(catalogRes);
  const edits = await mapLimit(catalog, SCHEMA_CONCURRENCY, async (m) => {
    const res = await http.get(`${modelPath(m.model_name)}/schema`, { query: { mode: "edit" }, signal });
    return readModelSchema(res, m.model_name);
  });
  const columns = await mapLimit(catalog, SCHEMA_CONCURRENCY, (m) => firstItemKeys(ctx, m.model_name, signal));
  const editSchemas: Record<string, LitestarModelSchema> = {};
  const pkFields: Record<string, string> = {};
  const listColumns: Record<string, string[] | null> = {};
  catalog.forEach((m, i) => {
    const s = edits[i] as LitestarModelSchema;
    editSchemas[m.model_name] = s;
    pkFields[m.model_name] = primaryKeyOf(s);
    listColumns[m.model_name] = columns[i] ?? null;
  });
  const schema = validated(
    ctx,
    translateLitestarSchema({ config: state.config, models: catalog, editSchemas, pkFields, listColumns, pageSize: ctx.settings.pageSize, exportDisabled: state.exportDisabled }),
  );
  if (gen === state.generation) {
    state.models = catalog;
    state.pkFields = pkFields;
    state.schema = schema;
  }
  return schema;
}

/** The cached schema, or one shared build of it. */
export async function schemaForUse(ctx: LitestarContext, signal?: AbortSignal): Promise<AdminSchema> {
  const { state } = ctx;
  if (state.schema) return state.schema;
  if (!state.schemaInFlight) {
    const p = buildSchema(ctx, signal).finally(() => {
      if (state.schemaInFlight === p) state.schemaInFlight = null;
    });
    state.schemaInFlight = p;
  }
  return state.schemaInFlight;
}

/** `GET …/schema?mode=create` → the resource's create form, cached per model until logout. */
async function loadCreateForm(ctx: LitestarContext, resource: ResourceSchema, signal?: AbortSignal): Promise<ResourceSchema> {
  const { state } = ctx;
  const gen = state.generation;
  if (!state.schema) await schemaForUse(ctx, signal);
  const res = await ctx.http.get(`${modelPath(resource)}/schema`, { query: { mode: "create" }, signal });
  const translated = translateCreateForm(resource, readModelSchema(res, resource.name), { models: state.models, pkFields: state.pkFields });
  let form: ResourceSchema = translated;
  const base = state.schema;
  if (base) {
    try {
      const checked = ctx.validateSchema({ ...base, navigation: [], resources: [translated] }).resources.find((r) => r.name === resource.name);
      // Validation drops list columns the form lacks (the PK): the list stays the resource's own.
      if (checked) form = { ...checked, list: resource.list };
    } catch (e) {
      throw new ApiError({
        status: res.status,
        code: "SCHEMA_INVALID",
        message: `The create form of "${resource.name}" is not valid: ${e instanceof Error ? e.message : String(e)}`,
        details: e,
      });
    }
  }
  if (gen === state.generation) state.createForms.set(resource.name, form);
  return form;
}

/** On a 400 "Export is not allowed" (`can_export` is not exposed, §5): export off for that model. */
export function rememberExportRefusal(ctx: LitestarContext, model: string): void {
  const { state } = ctx;
  state.exportDisabled.add(model);
  if (!state.schema) return;
  state.schema = {
    ...state.schema,
    resources: state.schema.resources.map((r) => (r.name === model ? { ...r, features: { ...r.features, export: false } } : r)),
  };
}

export function litestarSchema(ctx: LitestarContext): Pick<Backend, "loadSchema"> & Required<Pick<Backend, "createFormSchema">> {
  return {
    async loadSchema(_cached, ropts) {
      const schema = await schemaForUse(ctx, ropts?.signal);
      return { schema, etag: null, notModified: false };
    },
    async createFormSchema(resource, ropts) {
      return ctx.state.createForms.get(resource.name) ?? loadCreateForm(ctx, resource, ropts?.signal);
    },
  };
}
