// Server-side bulk work (litestar-admin.md §10, §11): bulk delete, the custom bulk actions the
// settings declare (no endpoint lists them), and export of all or of selected rows, validated
// before it is offered (litestar-export.ts).
import * as v from "valibot";
import { ApiError } from "../api-error.ts";
import type { HttpResponse } from "../http-client.ts";
import type { Backend, BulkResult, ExportFormat } from "../types.ts";
import { modelPath, pkOf } from "./litestar-context.ts";
import type { LitestarContext } from "./litestar-context.ts";
import { ExportValidationError, finishExport } from "./litestar-export.ts";
import { nativeId } from "./litestar-query.ts";
import { rememberExportRefusal } from "./litestar-schema-loader.ts";
import { LitestarBulkActionSchema, LitestarBulkDeleteSchema } from "./litestar-wire-types.ts";
import type { LitestarBulkActionResponse } from "./litestar-wire-types.ts";
import { t } from "../messages.ts";

export type LitestarBulk = Required<Pick<Backend, "bulkDelete" | "bulkAction" | "exportServer">>;

export function litestarBulk(ctx: LitestarContext): LitestarBulk {
  const { http, settings, state } = ctx;
  return {
    async bulkDelete(resource, ids, ropts): Promise<BulkResult> {
      if (ids.length === 0) return { succeeded: [], failed: [], affected: 0 };
      const pk = pkOf(state, resource);
      const res = await http.post(
        `${modelPath(resource)}/bulk/delete`,
        { ids: ids.map((id) => nativeId(resource, pk, id)), soft_delete: false },
        { signal: ropts?.signal },
      );
      const parsed = v.safeParse(LitestarBulkDeleteSchema, res.data);
      const deleted = parsed.success ? parsed.output.deleted : 0;
      // Unknown ids are skipped silently: only the count is known, not which ids were deleted.
      return { succeeded: deleted === ids.length ? [...ids] : [], failed: [], affected: deleted };
    },

    async bulkAction(resource, action, ids, params, ropts): Promise<BulkResult> {
      const declared = settings.bulkActions[resource.name] ?? [];
      if (!declared.some((a) => a.name === action)) {
        throw new ApiError({
          status: 0,
          code: "CONFIG_ERROR",
          message: `Bulk action "${action}" is not declared for ${resource.name} (adapter setting bulkActions).`,
        });
      }
      const pk = pkOf(state, resource);
      const res = await http.post(
        `${modelPath(resource)}/bulk/${encodeURIComponent(action)}`,
        { ids: ids.map((id) => nativeId(resource, pk, id)), params },
        { signal: ropts?.signal },
      );
      const parsed = v.safeParse(LitestarBulkActionSchema, res.data);
      const data: LitestarBulkActionResponse = parsed.success ? parsed.output : {};
      if (data.success === false) {
        throw new ApiError({ status: res.status, code: "REJECTED", message: data.message ?? t("bulkActionFailed", { action }), details: res.data });
      }
      const result: BulkResult = { succeeded: [...ids], failed: [] };
      if (typeof data.affected === "number") result.affected = data.affected;
      if (data.result !== undefined) result.result = data.result;
      return result;
    },

    async exportServer(resource, format: ExportFormat, ids, ropts): Promise<Blob> {
      const signal = ropts?.signal;
      const pk = pkOf(state, resource);
      let res: HttpResponse<Blob>;
      try {
        res =
          ids === undefined
            ? await http.get<Blob>(`${modelPath(resource)}/export`, { query: { format }, signal, responseType: "blob" })
            : await http.post<Blob>(
                `${modelPath(resource)}/bulk/export`,
                { ids: ids.map((id) => nativeId(resource, pk, id)), format },
                { signal, responseType: "blob", idempotent: true },
              );
      } catch (e) {
        if (e instanceof ApiError && e.status === 400 && /export is not allowed/i.test(e.message)) rememberExportRefusal(ctx, resource.name);
        throw e;
      }
      try {
        return await finishExport(res.data, format, resource);
      } catch (e) {
        if (e instanceof ExportValidationError) {
          throw new ApiError({ status: res.status, code: "EXPORT_INVALID", message: e.message });
        }
        throw e;
      }
    },
  };
}
