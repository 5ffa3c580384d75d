// Bulk delete and bulk edit over the Backend interface. Server bulk delete where the backend
// has one; otherwise one request per row, at most `writeConcurrency` at a time, each with the
// row's version (an ETag backend: a GET first). Failures are per row, never all-or-nothing.
import { ApiError } from "../../backend/api-error.ts";
import type { Backend, Id, Item } from "../../backend/types.ts";
import type { ResourceSchema } from "../../protocol/types.ts";
import { runBounded } from "../../lib/run-bounded.ts";
import { failureMessage } from "../shared/failure-message.ts";
import { refusalMessage } from "../shared/refusal-message.ts";
import { t } from "./messages.ts";

export interface RowFailure {
  id: Id;
  message: string;
}

export interface BulkOutcome {
  succeeded: Id[];
  failed: RowFailure[];
}

export interface BulkRunOptions {
  signal?: AbortSignal;
  /** The schema's resources, to name the records that still use one a delete was refused for. */
  resources?: readonly ResourceSchema[];
  onProgress?: (done: number, total: number) => void;
}

async function versionOf(backend: Backend, resource: ResourceSchema, id: Id, signal?: AbortSignal): Promise<string | null> {
  if (backend.capabilities().concurrency !== "etag") return null;
  return (await backend.get(resource, id, { signal })).version;
}

export async function bulkDeleteRows(backend: Backend, resource: ResourceSchema, ids: Id[], opts: BulkRunOptions = {}): Promise<BulkOutcome> {
  const caps = backend.capabilities();
  const why = (error: unknown) => refusalMessage({ error, resource, resources: opts.resources }) ?? failureMessage(error);
  if (caps.bulkDeleteServer && backend.bulkDelete) {
    const r = await backend.bulkDelete(resource, ids, { signal: opts.signal });
    opts.onProgress?.(ids.length, ids.length);
    return { succeeded: r.succeeded, failed: r.failed.map((f) => ({ id: f.id, message: why(f.error) })) };
  }
  const outcomes = await runBounded(
    ids,
    async (id, signal) => {
      const version = await versionOf(backend, resource, id, signal);
      await backend.remove(resource, id, version, { signal });
    },
    { concurrency: caps.writeConcurrency, signal: opts.signal, onProgress: opts.onProgress },
  );
  return {
    succeeded: outcomes.filter((o) => o.ok).map((o) => o.item),
    failed: outcomes.filter((o) => !o.ok).map((o) => ({ id: o.item, message: why(o.error) })),
  };
}

export async function bulkUpdateRows(backend: Backend, resource: ResourceSchema, ids: Id[], patch: Item, opts: BulkRunOptions = {}): Promise<BulkOutcome> {
  const caps = backend.capabilities();
  const outcomes = await runBounded(
    ids,
    async (id, signal) => {
      const version = await versionOf(backend, resource, id, signal);
      await backend.update(resource, id, patch, version, { signal });
    },
    { concurrency: caps.writeConcurrency, signal: opts.signal, onProgress: opts.onProgress },
  );
  return {
    succeeded: outcomes.filter((o) => o.ok).map((o) => o.item),
    failed: outcomes.filter((o) => !o.ok).map((o) => ({ id: o.item, message: failureMessage(o.error) })),
  };
}

export async function runBulkAction(backend: Backend, resource: ResourceSchema, action: string, ids: Id[], opts: BulkRunOptions = {}): Promise<BulkOutcome & { result?: unknown }> {
  if (!backend.bulkAction) throw new ApiError({ status: 0, code: "UNSUPPORTED", message: t("noBulkActions") });
  const r = await backend.bulkAction(resource, action, ids, {}, { signal: opts.signal });
  opts.onProgress?.(ids.length, ids.length);
  return { succeeded: r.succeeded, failed: r.failed.map((f) => ({ id: f.id, message: failureMessage(f.error) })), result: r.result };
}
