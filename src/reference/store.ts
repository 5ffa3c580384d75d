// The reference backend's in-memory store. Dialect-neutral: collections of records with a
// 24-hex id, a revision counter (the ETag source), soft delete, server-managed fields, unique
// fields, delete rules between collections, and an audit log written on every mutation.
// The dialect faces (craft-easy-handler.ts, later litestar-admin) translate wire formats to it.
import { makeObjectId } from "./object-id.ts";
import { matches, sortDocs } from "./query.ts";
import type { Doc, Predicate, StoreQuery } from "./query.ts";

export type { Doc, StoreQuery } from "./query.ts";

/** Fields the store manages itself; bodies never set them. */
export const SERVER_MANAGED_FIELDS: readonly string[] = [
  "id",
  "_id",
  "tenant_id",
  "created_at",
  "updated_at",
  "created_by",
  "updated_by",
  "is_deleted",
  "deleted_at",
  "deleted_by",
  "revision",
  "revision_id",
];

export const AUDIT_COLLECTION = "audit_log";

export type AuditOperation = "insert" | "update" | "replace" | "delete" | "depersonalize";

/** Craft Easy's documented audit entry (craft-easy.md §9), plus the entry's own id. */
export interface AuditEntry {
  id: string;
  resource: string;
  item_id: string;
  operation: AuditOperation;
  user_id: string;
  user_name: string;
  ip: string;
  changes: Record<string, { old: unknown; new: unknown }>;
  snapshot?: Record<string, unknown>;
  created_at: string;
}

export interface StoredRecord {
  id: string;
  /** Starts at 1, +1 on every write (and on `touch`). */
  revision: number;
  /** The full document: `id`, user fields and server-managed fields. */
  doc: Doc;
}

/** Who performs a mutation (for created_by/updated_by and the audit log). */
export interface Actor {
  userId: string;
  userName: string;
  ip: string;
}

export interface MutationContext {
  actor: Actor;
  /** ISO timestamp to use instead of the clock (seeding). */
  at?: string;
  /** Skip the audit entry (bulk seeding). */
  silent?: boolean;
}

export type DeleteAction = "deny" | "nullify";

export interface ReferenceRule {
  /** Collection holding the referencing field. */
  collection: string;
  /** Field in that collection holding this collection's ids (a string or an array of strings). */
  field: string;
  onDelete: DeleteAction;
}

export interface CollectionOptions {
  /** Fields whose values must be unique among live (not soft-deleted) records. */
  unique?: string[];
  /** Who references this collection, and what happens to them when a record is deleted. */
  referencedBy?: ReferenceRule[];
  /** Write audit entries for this collection (default true). */
  audit?: boolean;
}

export type StoreErrorCode = "NOT_FOUND" | "CONFLICT" | "CASCADE_DENY";

export class StoreError extends Error {
  readonly code: StoreErrorCode;
  readonly details: Record<string, unknown>;
  constructor(code: StoreErrorCode, message: string, details: Record<string, unknown>) {
    super(message);
    this.name = "StoreError";
    this.code = code;
    this.details = details;
  }
}

interface Collection {
  name: string;
  options: CollectionOptions;
  records: Map<string, StoredRecord>;
  /** field → value key → id, live records only. */
  uniqueIndex: Map<string, Map<string, string>>;
}

export interface StoreOptions {
  /** Milliseconds since the epoch; defaults to Date.now. */
  now?: () => number;
}

export interface Store {
  define(name: string, options?: CollectionOptions): void;
  has(name: string): boolean;
  collectionNames(): string[];
  /** Insert many seed documents at once: ids and timestamps as given, no audit, revision 1. */
  load(name: string, docs: Doc[]): void;
  insert(name: string, data: Doc, ctx: MutationContext): StoredRecord;
  get(name: string, id: string, opts?: { includeDeleted?: boolean }): StoredRecord | undefined;
  /** Partial update ("update") or full replace ("replace") of the user fields. */
  update(name: string, id: string, data: Doc, ctx: MutationContext, mode?: "update" | "replace"): StoredRecord;
  /** Soft delete: sets is_deleted/deleted_at/deleted_by, applies delete rules. */
  remove(name: string, id: string, ctx: MutationContext): StoredRecord;
  /** Bump the revision without changing data (simulates another tab's edit). */
  touch(name: string, id: string): StoredRecord;
  find(name: string, query?: StoreQuery): { items: StoredRecord[]; total: number };
  count(name: string, where?: Predicate): number;
  /** Unique-field check for validation before a write; returns the conflicting id or undefined. */
  findUniqueConflict(name: string, field: string, value: unknown, exceptId?: string): string | undefined;
  auditLog(): AuditEntry[];
  /** Drop every collection's records (definitions stay). */
  clear(): void;
  now(): number;
  newId(): string;
}

function uniqueKey(value: unknown): string | undefined {
  if (value === null || value === undefined || value === "") return undefined;
  return typeof value === "string" ? `s:${value.toLowerCase()}` : `j:${JSON.stringify(value)}`;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

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

export function createStore(options: StoreOptions = {}): Store {
  const clock = options.now ?? (() => Date.now());
  const collections = new Map<string, Collection>();
  let idCounter = 0;

  const newId = (): string => makeObjectId(clock(), ++idCounter);

  const col = (name: string): Collection => {
    const c = collections.get(name);
    if (!c) throw new Error(`Unknown collection "${name}"`);
    return c;
  };

  const define = (name: string, opts: CollectionOptions = {}): void => {
    if (collections.has(name)) return;
    collections.set(name, { name, options: opts, records: new Map(), uniqueIndex: new Map((opts.unique ?? []).map((f) => [f, new Map()])) });
  };
  define(AUDIT_COLLECTION, { audit: false });

  const indexAdd = (c: Collection, rec: StoredRecord): void => {
    for (const [field, index] of c.uniqueIndex) {
      const key = uniqueKey(rec.doc[field]);
      if (key !== undefined) index.set(key, rec.id);
    }
  };
  const indexRemove = (c: Collection, rec: StoredRecord): void => {
    for (const [field, index] of c.uniqueIndex) {
      const key = uniqueKey(rec.doc[field]);
      if (key !== undefined && index.get(key) === rec.id) index.delete(key);
    }
  };

  const findUniqueConflict = (name: string, field: string, value: unknown, exceptId?: string): string | undefined => {
    const index = col(name).uniqueIndex.get(field);
    const key = uniqueKey(value);
    if (!index || key === undefined) return undefined;
    const owner = index.get(key);
    return owner !== undefined && owner !== exceptId ? owner : undefined;
  };

  const checkUnique = (c: Collection, doc: Doc, exceptId?: string): void => {
    for (const field of c.uniqueIndex.keys()) {
      const owner = findUniqueConflict(c.name, field, doc[field], exceptId);
      if (owner !== undefined) {
        throw new StoreError("CONFLICT", `A ${c.name} record with this ${field} already exists`, {
          resource: c.name,
          field,
          value: doc[field],
          existing_id: owner,
        });
      }
    }
  };

  const writeAudit = (entry: Omit<AuditEntry, "id">): void => {
    const audit = col(AUDIT_COLLECTION);
    const id = newId();
    const doc: Doc = { id, ...entry };
    audit.records.set(id, { id, revision: 1, doc });
  };

  const audited = (c: Collection, ctx: MutationContext): boolean => !ctx.silent && c.options.audit !== false;

  const isoNow = (ctx: MutationContext): string => ctx.at ?? new Date(clock()).toISOString();

  const insert = (name: string, data: Doc, ctx: MutationContext): StoredRecord => {
    const c = col(name);
    const at = isoNow(ctx);
    const fields = clone(userFields(data));
    const id = newId();
    const doc: Doc = {
      id,
      ...fields,
      created_at: at,
      updated_at: at,
      created_by: ctx.actor.userId,
      updated_by: ctx.actor.userId,
      is_deleted: false,
    };
    checkUnique(c, doc);
    const rec: StoredRecord = { id, revision: 1, doc };
    c.records.set(id, rec);
    indexAdd(c, rec);
    if (audited(c, ctx)) {
      const changes: AuditEntry["changes"] = {};
      for (const [k, v] of Object.entries(fields)) changes[k] = { old: null, new: v };
      writeAudit({ resource: name, item_id: id, operation: "insert", user_id: ctx.actor.userId, user_name: ctx.actor.userName, ip: ctx.actor.ip, changes, created_at: at });
    }
    return rec;
  };

  const load = (name: string, docs: Doc[]): void => {
    const c = col(name);
    for (const d of docs) {
      const id = String(d.id);
      const rec: StoredRecord = { id, revision: 1, doc: { id, ...d, is_deleted: d.is_deleted === true } };
      c.records.set(id, rec);
      if (rec.doc.is_deleted !== true) indexAdd(c, rec);
    }
  };

  const get = (name: string, id: string, opts: { includeDeleted?: boolean } = {}): StoredRecord | undefined => {
    const rec = col(name).records.get(id.toLowerCase());
    if (!rec) return undefined;
    if (rec.doc.is_deleted === true && !opts.includeDeleted) return undefined;
    return rec;
  };

  const mustGet = (name: string, id: string): StoredRecord => {
    const rec = get(name, id);
    if (!rec) throw new StoreError("NOT_FOUND", `${name} record ${id} not found`, { resource: name, item_id: id });
    return rec;
  };

  const update = (name: string, id: string, data: Doc, ctx: MutationContext, mode: "update" | "replace" = "update"): StoredRecord => {
    const c = col(name);
    const rec = mustGet(name, id);
    const at = isoNow(ctx);
    const incoming = clone(userFields(data));
    const before = userFields(rec.doc);
    const nextFields: Doc = mode === "replace" ? incoming : { ...before, ...incoming };
    const changes: AuditEntry["changes"] = {};
    for (const key of new Set([...Object.keys(before), ...Object.keys(nextFields)])) {
      if (!sameValue(before[key], nextFields[key])) changes[key] = { old: before[key] ?? null, new: nextFields[key] ?? null };
    }
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
      writeAudit({ resource: name, item_id: rec.id, operation: mode, user_id: ctx.actor.userId, user_name: ctx.actor.userName, ip: ctx.actor.ip, changes, created_at: at });
    }
    return rec;
  };

  const liveReferrers = (rule: ReferenceRule, id: string): StoredRecord[] => {
    const out: StoredRecord[] = [];
    for (const r of col(rule.collection).records.values()) {
      if (r.doc.is_deleted === true) continue;
      const v = r.doc[rule.field];
      if (v === id || (Array.isArray(v) && v.includes(id))) out.push(r);
    }
    return out;
  };

  const remove = (name: string, id: string, ctx: MutationContext): StoredRecord => {
    const c = col(name);
    const rec = mustGet(name, id);
    const rules = c.options.referencedBy ?? [];
    for (const rule of rules) {
      if (rule.onDelete !== "deny") continue;
      const refs = liveReferrers(rule, rec.id);
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
      for (const ref of liveReferrers(rule, rec.id)) {
        const v = ref.doc[rule.field];
        const next = Array.isArray(v) ? v.filter((x) => x !== rec.id) : null;
        update(rule.collection, ref.id, { [rule.field]: next }, ctx);
      }
    }
    const at = isoNow(ctx);
    const snapshot = clone(rec.doc);
    indexRemove(c, rec);
    rec.doc = { ...rec.doc, is_deleted: true, deleted_at: at, deleted_by: ctx.actor.userId, updated_at: at, updated_by: ctx.actor.userId };
    rec.revision += 1;
    if (audited(c, ctx)) {
      writeAudit({
        resource: name,
        item_id: rec.id,
        operation: "delete",
        user_id: ctx.actor.userId,
        user_name: ctx.actor.userName,
        ip: ctx.actor.ip,
        changes: { is_deleted: { old: false, new: true } },
        snapshot,
        created_at: at,
      });
    }
    return rec;
  };

  const touch = (name: string, id: string): StoredRecord => {
    const rec = mustGet(name, id);
    rec.revision += 1;
    return rec;
  };

  const find = (name: string, query: StoreQuery = {}): { items: StoredRecord[]; total: number } => {
    const rows: StoredRecord[] = [];
    for (const r of col(name).records.values()) {
      if (!query.includeDeleted && r.doc.is_deleted === true) continue;
      if (matches(r.doc, query.where)) rows.push(r);
    }
    const sorted = sortDocs(rows, query.sort, (r) => r.doc);
    const offset = Math.max(0, query.offset ?? 0);
    const items = query.limit === undefined ? sorted.slice(offset) : sorted.slice(offset, offset + Math.max(0, query.limit));
    return { items, total: rows.length };
  };

  const count = (name: string, where?: Predicate): number => {
    let n = 0;
    for (const r of col(name).records.values()) if (r.doc.is_deleted !== true && matches(r.doc, where)) n++;
    return n;
  };

  return {
    define,
    has: (name) => collections.has(name),
    collectionNames: () => [...collections.keys()],
    load,
    insert,
    get,
    update,
    remove,
    touch,
    find,
    count,
    findUniqueConflict,
    auditLog: () => [...col(AUDIT_COLLECTION).records.values()].map((r) => r.doc as unknown as AuditEntry),
    clear: () => {
      for (const c of collections.values()) {
        c.records.clear();
        for (const index of c.uniqueIndex.values()) index.clear();
      }
    },
    now: clock,
    newId,
  };
}
