// What a model write does to values, the way SQLAlchemy and the database would: unknown keys and
// constraint violations raise ServerFault (→ 500), the PK may be renamed, missing columns get
// their defaults on create, and live references block deletes (a SQL FK would refuse).
import type { Doc, Store, StoredRecord } from "../store/types.ts";
import { columnOf } from "./litestar-models.ts";
import type { LitestarModel } from "./litestar-models.ts";
import { ServerFault, coerceForColumn, encodeRecord } from "./litestar-values.ts";

/** Any live record elsewhere that references these ids (`denyOnly`: only rules that deny deletes). */
export function referenced(store: Store, model: LitestarModel, ids: string[], denyOnly: boolean): boolean {
  for (const rule of model.definition.collection.referencedBy ?? []) {
    if (denyOnly && rule.onDelete !== "deny") continue;
    if (rule.collection === model.collection && ids.length === 1) {
      // self-reference (categories.parent_id): only other records count
      if (store.count(rule.collection, { kind: "and", items: [{ kind: "cmp", field: rule.field, op: "in", value: ids }, { kind: "cmp", field: "id", op: "nin", value: ids }] }) > 0) return true;
      continue;
    }
    if (store.count(rule.collection, { kind: "cmp", field: rule.field, op: "in", value: ids }) > 0) return true;
  }
  return false;
}

/** Column values of a write body; unknown keys and bad values throw ServerFault (→ 500). */
export function coerceBody(store: Store, model: LitestarModel, body: Record<string, unknown>): { values: Doc; newPk?: string } {
  const values: Doc = {};
  let newPk: string | undefined;
  for (const [key, raw] of Object.entries(body)) {
    const col = columnOf(model, key);
    if (!col) throw new ServerFault(`'${key}' is an invalid keyword argument for ${model.name}`);
    if (col.pk) {
      if (raw === null || raw === "" || typeof raw === "object") throw new ServerFault("NOT NULL constraint failed: id");
      newPk = String(raw).toLowerCase();
      continue;
    }
    const v = coerceForColumn(col, raw);
    if (col.relation && v !== null) {
      if (typeof v !== "string" || !store.get(col.relation.collection, v)) throw new ServerFault(`FOREIGN KEY constraint failed: ${col.name}`);
    }
    values[key] = v;
  }
  return newPk === undefined ? { values } : { values, newPk };
}

function isTimestampOrPk(col: { pk: boolean; name: string }): boolean {
  return col.pk || col.name === "created_at" || col.name === "updated_at";
}

/** Create: generated values, then every column's default; NOT NULL without a value throws. */
export function fillForInsert(store: Store, model: LitestarModel, values: Doc): void {
  for (const [field, gen] of Object.entries(model.definition.generate ?? {})) {
    if (values[field] === undefined || values[field] === null) values[field] = gen(store);
  }
  for (const col of model.columns) {
    if (isTimestampOrPk(col)) continue;
    if (values[col.name] === undefined) {
      if (col.required) throw new ServerFault(`NOT NULL constraint failed: ${col.name}`);
      values[col.name] = col.default !== undefined ? col.default : null;
    }
  }
}

/** PUT: every column but the PK is replaced; nullable ones missing from the body become NULL (§1 #11). */
export function nullMissingForPut(model: LitestarModel, values: Doc): void {
  for (const col of model.columns) {
    if (isTimestampOrPk(col)) continue;
    if (values[col.name] === undefined && col.nullable) values[col.name] = null;
  }
}

/** Every column of a record (GET one and write answers, §9). */
export function fullRecord(model: LitestarModel, rec: StoredRecord): Record<string, unknown> {
  return encodeRecord(model, rec.doc, model.columns.map((c) => c.name));
}
