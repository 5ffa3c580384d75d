// Typed contracts of the reference store: records with a revision (the ETag source), mutation
// contexts, delete rules between collections, Craft Easy's audit entry, and the Store itself.
import type { Doc, Predicate, StoreQuery } from "./query.ts";

export type { Doc, StoreQuery } from "./query.ts";

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
  /** Every record and the id counter, to keep beyond the page (the demo's IndexedDB clones it). */
  snapshot(): StoreSnapshot;
  /** Replace the records of every collection the snapshot names (collections must be defined). */
  restore(snapshot: StoreSnapshot): void;
}

/** The store's data as plain values (structured-cloneable). */
export interface StoreSnapshot {
  idCounter: number;
  collections: Record<string, StoredRecord[]>;
}

/** One collection's records and its unique indexes (inside the store only). */
export interface Collection {
  name: string;
  options: CollectionOptions;
  records: Map<string, StoredRecord>;
  /** field → value key → id, live records only. */
  uniqueIndex: Map<string, Map<string, string>>;
}

/** What the store's parts share: the clock, the collections and the id source. */
export interface StoreState {
  clock: () => number;
  collections: Map<string, Collection>;
  newId(): string;
}
