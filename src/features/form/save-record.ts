// One save of the record form, without React: create, or update with only the changed fields and
// the record's ETag. A version conflict comes back as an outcome for the user to resolve; every
// other failure is thrown as it came.
import type { Backend, Id, Item, Versioned } from "../../backend/types.ts";
import type { ResourceSchema } from "../../protocol/types.ts";
import { isApiError } from "../../backend/api-error.ts";
import type { UpdateRecordInput } from "../../data/use-update-record.ts";
import { createBody, updateBody } from "./form-values.ts";
import { hasEditConflict } from "./conflict.ts";
import type { FormMode } from "./types.ts";
import { t } from "./messages.ts";

export type SaveOutcome = { kind: "saved"; saved: Versioned } | { kind: "conflict"; current: Versioned };

export interface SaveRecordInput {
  backend: Pick<Backend, "get" | "capabilities">;
  resource: ResourceSchema;
  mode: FormMode;
  /** Edit: the record's id (null when it has none). */
  recordId: Id | null;
  /** The form's fields. */
  names: string[];
  /** What the form started from; the user's edits are what differs from it. */
  baseline: Item;
  mine: Item;
  /** The ETag the write sends; set to the server's after a 428 and after a save. */
  version: { current: string | null };
  /** An edit with nothing to send reports this as saved. */
  unchanged: Versioned;
  create(body: Item): Promise<Versioned>;
  update(input: UpdateRecordInput): Promise<Versioned>;
}

export async function saveRecord(input: SaveRecordInput): Promise<SaveOutcome> {
  if (input.mode === "create") return { kind: "saved", saved: await input.create(createBody(input.resource, input.mine)) };
  const id = input.recordId;
  if (id === null) throw new Error(t("noId"));
  if (input.backend.capabilities().concurrency === "none") {
    // last write wins on the server: look before writing
    const current = await input.backend.get(input.resource, id);
    if (hasEditConflict(input.names, input.baseline, input.mine, current.item)) return { kind: "conflict", current };
  }
  const patch = updateBody(input.resource, input.baseline, input.mine);
  if (Object.keys(patch).length === 0) return { kind: "saved", saved: input.unchanged };
  return updateWithVersion(input, id, patch);
}

async function updateWithVersion(input: SaveRecordInput, id: Id, patch: Item): Promise<SaveOutcome> {
  try {
    return saved(input, await input.update({ id, patch, version: input.version.current }));
  } catch (e) {
    if (!isApiError(e) || (e.status !== 412 && e.status !== 428)) throw e;
    const current = await input.backend.get(input.resource, id);
    if (e.status === 412 || hasEditConflict(input.names, input.baseline, input.mine, current.item)) return { kind: "conflict", current };
    // 428: the ETag was missing; take the fresh one and try once more
    input.version.current = current.version;
    return retryWithVersion(input, id, patch);
  }
}

async function retryWithVersion(input: SaveRecordInput, id: Id, patch: Item): Promise<SaveOutcome> {
  try {
    return saved(input, await input.update({ id, patch, version: input.version.current }));
  } catch (e) {
    if (!isApiError(e) || e.status !== 412) throw e;
    // changed on the server in between: show that conflict (or, failing that, the error)
    const current = await input.backend.get(input.resource, id).catch(() => null);
    if (current === null) throw e;
    return { kind: "conflict", current };
  }
}

function saved(input: SaveRecordInput, result: Versioned): SaveOutcome {
  input.version.current = result.version;
  return { kind: "saved", saved: result };
}
