// Dialect-neutral query model of the reference store: a predicate tree, multi-key sort and
// offset/limit. Semantics follow MongoDB closely enough for both dialect faces:
// - equality is type-strict (the number 123 never equals the string "123"),
// - a condition on an array field matches when any element matches,
// - comparisons only compare values of the same kind (numbers with numbers, strings with strings),
// - sort order across kinds: missing/null < numbers < strings < objects/arrays < booleans.

export type Doc = Record<string, unknown>;

/** Query-side marker for an ObjectId (Craft Easy coerces 24-hex query values to ObjectId). */
export class ObjectIdValue {
  readonly hex: string;
  constructor(hex: string) {
    this.hex = hex.toLowerCase();
  }
  toString(): string {
    return this.hex;
  }
}

export type CompareOp = "eq" | "ne" | "gt" | "gte" | "lt" | "lte" | "in" | "nin" | "exists" | "regex";

export type Predicate =
  | { kind: "and"; items: Predicate[] }
  | { kind: "or"; items: Predicate[] }
  | { kind: "nor"; items: Predicate[] }
  | { kind: "not"; item: Predicate }
  | { kind: "cmp"; field: string; op: CompareOp; value: unknown };

export interface SortSpec {
  field: string;
  desc: boolean;
}

export interface StoreQuery {
  where?: Predicate;
  sort?: SortSpec[];
  offset?: number;
  limit?: number;
  includeDeleted?: boolean;
}

/** Reads a (possibly dotted) field path. */
export function readPath(doc: Doc, path: string): { present: boolean; value: unknown } {
  if (!path.includes(".")) {
    return Object.prototype.hasOwnProperty.call(doc, path) && doc[path] !== undefined
      ? { present: true, value: doc[path] }
      : { present: false, value: undefined };
  }
  let current: unknown = doc;
  for (const part of path.split(".")) {
    if (current === null || typeof current !== "object" || Array.isArray(current)) return { present: false, value: undefined };
    const obj = current as Doc;
    if (!Object.prototype.hasOwnProperty.call(obj, part) || obj[part] === undefined) return { present: false, value: undefined };
    current = obj[part];
  }
  return { present: true, value: current };
}

function normalise(value: unknown): unknown {
  return value instanceof ObjectIdValue ? value.hex : value;
}

function kindRank(value: unknown): number {
  if (value === null || value === undefined) return 0;
  if (typeof value === "number") return 1;
  if (typeof value === "string") return 2;
  if (typeof value === "boolean") return 4;
  return 3;
}

/** Total order used for sorting (MongoDB-like cross-kind order, binary string comparison). */
export function compareValues(a: unknown, b: unknown): number {
  const x = normalise(a);
  const y = normalise(b);
  const ka = kindRank(x);
  const kb = kindRank(y);
  if (ka !== kb) return ka - kb;
  if (ka === 0) return 0;
  if (ka === 1 || ka === 2 || ka === 4) {
    const p = x as number | string | boolean;
    const q = y as number | string | boolean;
    return p < q ? -1 : p > q ? 1 : 0;
  }
  const sa = JSON.stringify(x);
  const sb = JSON.stringify(y);
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}

function equalsScalar(docValue: unknown, queryValue: unknown): boolean {
  const q = normalise(queryValue);
  if (queryValue instanceof ObjectIdValue) {
    return typeof docValue === "string" && docValue.toLowerCase() === q;
  }
  if (q === null) return docValue === null || docValue === undefined;
  if (typeof q === "object") return JSON.stringify(docValue) === JSON.stringify(q);
  return docValue === q;
}

/** Equality with MongoDB array semantics: whole-value match, or any element matches. */
function equalsValue(docValue: unknown, queryValue: unknown): boolean {
  if (equalsScalar(docValue, queryValue)) return true;
  if (Array.isArray(docValue)) return docValue.some((el) => equalsScalar(el, queryValue));
  return false;
}

function comparable(docValue: unknown, queryValue: unknown): boolean {
  const q = normalise(queryValue);
  return (typeof docValue === "number" && typeof q === "number") || (typeof docValue === "string" && typeof q === "string");
}

function orderMatch(docValue: unknown, queryValue: unknown, op: "gt" | "gte" | "lt" | "lte"): boolean {
  const test = (v: unknown): boolean => {
    if (!comparable(v, queryValue)) return false;
    const c = compareValues(v, queryValue);
    return op === "gt" ? c > 0 : op === "gte" ? c >= 0 : op === "lt" ? c < 0 : c <= 0;
  };
  return Array.isArray(docValue) ? docValue.some(test) : test(docValue);
}

function regexMatch(docValue: unknown, re: RegExp): boolean {
  const test = (v: unknown): boolean => typeof v === "string" && re.test(v);
  return Array.isArray(docValue) ? docValue.some(test) : test(docValue);
}

function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [value];
}

function matchCmp(doc: Doc, field: string, op: CompareOp, value: unknown): boolean {
  const { present, value: docValue } = readPath(doc, field);
  switch (op) {
    case "eq":
      return equalsValue(present ? docValue : undefined, value);
    case "ne":
      return !equalsValue(present ? docValue : undefined, value);
    case "gt":
    case "gte":
    case "lt":
    case "lte":
      return present && orderMatch(docValue, value, op);
    case "in":
      return asList(value).some((v) => equalsValue(present ? docValue : undefined, v));
    case "nin":
      return !asList(value).some((v) => equalsValue(present ? docValue : undefined, v));
    case "exists":
      return Boolean(value) === present;
    case "regex":
      return present && value instanceof RegExp && regexMatch(docValue, value);
  }
}

export function matches(doc: Doc, predicate: Predicate | undefined): boolean {
  if (!predicate) return true;
  switch (predicate.kind) {
    case "and":
      return predicate.items.every((p) => matches(doc, p));
    case "or":
      return predicate.items.some((p) => matches(doc, p));
    case "nor":
      return !predicate.items.some((p) => matches(doc, p));
    case "not":
      return !matches(doc, predicate.item);
    case "cmp":
      return matchCmp(doc, predicate.field, predicate.op, predicate.value);
  }
}

/** Sort comparator over several keys; ties keep the incoming (insertion) order. */
export function sortDocs<T>(rows: T[], sort: SortSpec[] | undefined, read: (row: T) => Doc): T[] {
  if (!sort || sort.length === 0) return rows;
  // each row's keys are read once, not at every comparison (a 12,000-row sort compares ~170,000 times)
  const indexed = rows.map((row, index) => {
    const doc = read(row);
    return { row, index, keys: sort.map((key) => readPath(doc, key.field).value) };
  });
  indexed.sort((a, b) => {
    for (let i = 0; i < sort.length; i++) {
      const c = compareValues(a.keys[i], b.keys[i]);
      if (c !== 0) return sort[i]!.desc ? -c : c;
    }
    return a.index - b.index;
  });
  return indexed.map((x) => x.row);
}
