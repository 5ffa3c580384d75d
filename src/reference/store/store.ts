// The reference backend's in-memory store. Dialect-neutral: collections of records with a
// 24-hex id, a revision counter (the ETag source), soft delete, server-managed fields, unique
// fields, delete rules between collections, and an audit log written on every mutation.
// The dialect faces (craft-easy/, litestar/) translate wire formats to it. This file wires the
// parts: collections.ts, mutations.ts, unique-index.ts, audit-log.ts, query.ts and snapshot.ts.
import { makeObjectId } from "../object-id.ts";
import { readAuditLog } from "./audit-log.ts";
import { collection, defineCollection, getRecord } from "./collections.ts";
import { insert, load, remove, touch, update } from "./mutations.ts";
import { matches, sortDocs } from "./query.ts";
import type { Predicate, StoreQuery } from "./query.ts";
import { restoreRecords } from "./snapshot.ts";
import type { Store, StoreOptions, StoreState, StoredRecord } from "./types.ts";
import { AUDIT_COLLECTION } from "./types.ts";
import { uniqueConflict } from "./unique-index.ts";

function find(state: StoreState, name: string, query: StoreQuery = {}): { items: StoredRecord[]; total: number } {
  const rows: StoredRecord[] = [];
  for (const r of collection(state, name).records.values()) {
    if (!query.includeDeleted && r.doc.is_deleted === true) continue;
    if (matches(r.doc, query.where)) rows.push(r);
  }
  const sorted = sortDocs(rows, query.sort, (r) => r.doc);
  const offset = Math.max(0, query.offset ?? 0);
  const items = query.limit === undefined ? sorted.slice(offset) : sorted.slice(offset, offset + Math.max(0, query.limit));
  return { items, total: rows.length };
}

function count(state: StoreState, name: string, where?: Predicate): number {
  let n = 0;
  for (const r of collection(state, name).records.values()) if (r.doc.is_deleted !== true && matches(r.doc, where)) n++;
  return n;
}

export function createStore(options: StoreOptions = {}): Store {
  const clock = options.now ?? (() => Date.now());
  let idCounter = 0;
  const state: StoreState = { clock, collections: new Map(), newId: () => makeObjectId(clock(), ++idCounter) };
  defineCollection(state, AUDIT_COLLECTION, { audit: false });
  return {
    define: (name, opts) => defineCollection(state, name, opts),
    has: (name) => state.collections.has(name),
    collectionNames: () => [...state.collections.keys()],
    load: (name, docs) => load(state, name, docs),
    insert: (name, data, ctx) => insert(state, name, data, ctx),
    get: (name, id, opts) => getRecord(state, name, id, opts),
    update: (name, id, data, ctx, mode) => update(state, name, id, data, ctx, mode),
    remove: (name, id, ctx) => remove(state, name, id, ctx),
    touch: (name, id) => touch(state, name, id),
    find: (name, query) => find(state, name, query),
    count: (name, where) => count(state, name, where),
    findUniqueConflict: (name, field, value, exceptId) => uniqueConflict(collection(state, name), field, value, exceptId),
    auditLog: () => readAuditLog(state),
    clear: () => {
      for (const c of state.collections.values()) {
        c.records.clear();
        for (const index of c.uniqueIndex.values()) index.clear();
      }
    },
    now: clock,
    newId: state.newId,
    snapshot: () => ({
      idCounter,
      collections: Object.fromEntries([...state.collections].map(([name, c]) => [name, [...c.records.values()]])),
    }),
    restore: (snapshot) => {
      idCounter = Math.max(idCounter, snapshot.idCounter);
      for (const [name, records] of Object.entries(snapshot.collections)) {
        const c = state.collections.get(name);
        if (c) restoreRecords(c, records);
      }
    },
  };
}
