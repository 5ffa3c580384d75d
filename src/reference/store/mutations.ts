// Writes: insert, seed loading, update/replace, soft delete with its delete rules, touch. Every
// write bumps the record's revision (the ETag); audited collections get a field diff per write.
import { auditActor, audited, writeAudit } from "./audit-log.ts";
import { collection, mustGet } from "./collections.ts";
import { StoreError } from "./store-error.ts";
import type { AuditEntry, Doc, MutationContext, ReferenceRule, StoreState, StoredRecord } from "./types.ts";
import { SERVER_MANAGED_FIELDS } from "../../protocol/server-managed.ts";
import { checkUnique, indexAdd, indexRemove } from "./unique-index.ts";

function userFields(doc: Doc): Doc {
  const out: Doc = {};
  for (const [k, v] of Object.entries(doc)) {
    if (!SERVER_MANAGED_FIELDS.includes(k)) out[k] = v;
  }
  return out;
}

function clone<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

function diff(before: Doc, after: Doc): AuditEntry["changes"] {
  const changes: AuditEntry["changes"] = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (!sameValue(before[key], after[key])) changes[key] = { old: before[key] ?? null, new: after[key] ?? null };
  }
  return changes;
}

const isoNow = (state: StoreState, ctx: MutationContext): string => ctx.at ?? new Date(state.clock()).toISOString();

export function insert(state: StoreState, name: string, data: Doc, ctx: MutationContext): StoredRecord {
  const c = collection(state, name);
  const at = isoNow(state, ctx);
  const fields = clone(userFields(data));
  const id = state.newId();
  const doc: Doc = { id, ...fields, created_at: at, updated_at: at, created_by: ctx.actor.userId, updated_by: ctx.actor.userId, is_deleted: false };
  checkUnique(c, doc);
  const rec: StoredRecord = { id, revision: 1, doc };
  c.records.set(id, rec);
  indexAdd(c, rec);
  if (audited(c, ctx)) {
    const changes: AuditEntry["changes"] = {};
    for (const [k, v] of Object.entries(fields)) changes[k] = { old: null, new: v };
    writeAudit(state, { resource: name, item_id: id, operation: "insert", ...auditActor(ctx), changes, created_at: at });
  }
  return rec;
}

export function load(state: StoreState, name: string, docs: Doc[]): void {
  const c = collection(state, name);
  for (const d of docs) {
    const id = String(d.id);
    const rec: StoredRecord = { id, revision: 1, doc: { id, ...d, is_deleted: d.is_deleted === true } };
    c.records.set(id, rec);
    if (rec.doc.is_deleted !== true) indexAdd(c, rec);
  }
}

export function update(state: StoreState, name: string, id: string, data: Doc, ctx: MutationContext, mode: "update" | "replace" = "update"): StoredRecord {
  const c = collection(state, name);
  const rec = mustGet(state, name, id);
  const at = isoNow(state, ctx);
  const incoming = clone(userFields(data));
  const before = userFields(rec.doc);
  const nextFields: Doc = mode === "replace" ? incoming : { ...before, ...incoming };
  const changes = diff(before, nextFields);
  const server: Doc = {};
  for (const [k, v] of Object.entries(rec.doc)) if (SERVER_MANAGED_FIELDS.includes(k) && k !== "id") server[k] = v;
  const doc: Doc = { id: rec.id, ...nextFields, ...server, updated_at: at, updated_by: ctx.actor.userId };
  checkUnique(c, doc, rec.id);
  indexRemove(c, rec);
  rec.doc = doc;
  rec.revision += 1;
  indexAdd(c, rec);
  // a write that changes nothing still bumps the revision, but leaves no audit entry
  if (audited(c, ctx) && Object.keys(changes).length > 0) {
    writeAudit(state, { resource: name, item_id: rec.id, operation: mode, ...auditActor(ctx), changes, created_at: at });
  }
  return rec;
}

function liveReferrers(state: StoreState, rule: ReferenceRule, id: string): StoredRecord[] {
  const out: StoredRecord[] = [];
  for (const r of collection(state, rule.collection).records.values()) {
    if (r.doc.is_deleted === true) continue;
    const v = r.doc[rule.field];
    if (v === id || (Array.isArray(v) && v.includes(id))) out.push(r);
  }
  return out;
}

/** "deny" rules refuse the delete while live records reference it; "nullify" rules clear them. */
function applyDeleteRules(state: StoreState, name: string, rec: StoredRecord, ctx: MutationContext): void {
  const rules = collection(state, name).options.referencedBy ?? [];
  for (const rule of rules) {
    if (rule.onDelete !== "deny") continue;
    const refs = liveReferrers(state, rule, rec.id);
    if (refs.length > 0) {
      throw new StoreError("CASCADE_DENY", `Cannot delete this ${name} record: ${refs.length} ${rule.collection} record(s) still reference it`, {
        resource: name,
        item_id: rec.id,
        referenced_by: rule.collection,
        field: rule.field,
        count: refs.length,
      });
    }
  }
  for (const rule of rules) {
    if (rule.onDelete !== "nullify") continue;
    for (const ref of liveReferrers(state, rule, rec.id)) {
      const v = ref.doc[rule.field];
      const next = Array.isArray(v) ? v.filter((x) => x !== rec.id) : null;
      update(state, rule.collection, ref.id, { [rule.field]: next }, ctx);
    }
  }
}

export function remove(state: StoreState, name: string, id: string, ctx: MutationContext): StoredRecord {
  const c = collection(state, name);
  const rec = mustGet(state, name, id);
  applyDeleteRules(state, name, rec, ctx);
  const at = isoNow(state, ctx);
  const snapshot = clone(rec.doc);
  indexRemove(c, rec);
  rec.doc = { ...rec.doc, is_deleted: true, deleted_at: at, deleted_by: ctx.actor.userId, updated_at: at, updated_by: ctx.actor.userId };
  rec.revision += 1;
  if (audited(c, ctx)) {
    writeAudit(state, { resource: name, item_id: rec.id, operation: "delete", ...auditActor(ctx), changes: { is_deleted: { old: false, new: true } }, snapshot, created_at: at });
  }
  return rec;
}

export function touch(state: StoreState, name: string, id: string): StoredRecord {
  const rec = mustGet(state, name, id);
  rec.revision += 1;
  return rec;
}
