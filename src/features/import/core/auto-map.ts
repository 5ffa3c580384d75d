// Maps file columns to resource fields: by normalised field name, by label, by the name with
// the resource's own name in front ("Product name" → name on Products), by a column that is
// the field plus a noise word ("SKU Code" → sku), and by close spellings (Damerau-Levenshtein
// distance 1 for 4-5 characters, 2 from 6), and a few abbreviations ("Qty"). Best matches are taken first; no field and no
// column is used twice.
import { fieldLabel } from "../../../protocol/field-validation/value-kind.ts";
import type { ResourceSchema } from "../../../protocol/types.ts";
import { importableFields } from "./importable-fields.ts";
import type { ColumnMapping } from "./types.ts";

/** Lower case, no accents, letters and digits only ("E-mail" → "email", "Größe" → "grosse"). */
export function normaliseName(s: string): string {
  return s
    .replace(/ß/g, "ss")
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "");
}

/** Words of a name: split on non-alphanumerics and camelCase ("unitPrice" → unit, price). */
function words(s: string): string[] {
  return s
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .split(/[^\p{L}\p{N}]+/u)
    .map(normaliseName)
    .filter((w) => w !== "");
}

/** Optimal-string-alignment (restricted Damerau-Levenshtein) distance. */
export function editDistance(a: string, b: string): number {
  const m = a.length;
  const n = b.length;
  if (m === 0) return n;
  if (n === 0) return m;
  let prev2: number[] = [];
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const cur = [i];
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, (prev2[j - 2] ?? 0) + 1);
      cur.push(v);
    }
    prev2 = prev;
    prev = cur;
  }
  return prev[n] ?? Math.max(m, n);
}

function allowedDistance(len: number): number {
  if (len <= 3) return 0;
  if (len <= 5) return 1;
  return 2;
}

/** Common column abbreviations, compared as if spelled out. */
const ABBREVIATIONS: Record<string, string[]> = {
  qty: ["quantity"],
  desc: ["description"],
  descr: ["description"],
  amt: ["amount"],
  tel: ["phone", "telephone"],
  mobile: ["phone"],
  zip: ["zipcode", "postalcode", "postcode"],
  dob: ["birthdate", "dateofbirth"],
  fname: ["firstname"],
  lname: ["lastname"],
  addr: ["address"],
  cat: ["category"],
};

const NOISE_WORDS = new Set(["code", "number", "no", "nr", "num", "id", "value", "text", "field", "the"]);

interface Candidate {
  key: string;
  weight: number; // small bonus: the field name beats the label
}

function fieldCandidates(name: string, label: string): Candidate[] {
  const out: Candidate[] = [{ key: normaliseName(name), weight: 2 }, { key: normaliseName(label), weight: 1 }];
  const stripped = name.replace(/_(id|ids|fk)$/i, "");
  if (stripped !== name) out.push({ key: normaliseName(stripped), weight: 0 });
  return out.filter((c) => c.key !== "");
}

function columnScore(column: string, candidates: Candidate[], resourcePrefixes: string[]): number {
  const col = normaliseName(column);
  if (col === "") return 0;
  const colWords = words(column);
  let best = 0;
  const spelledOut = ABBREVIATIONS[col] ?? [];
  for (const { key, weight } of candidates) {
    if (col === key) best = Math.max(best, 100 + weight);
    if (spelledOut.includes(key)) best = Math.max(best, 85 + weight);
    for (const prefix of resourcePrefixes) {
      if (col.length > prefix.length && col.startsWith(prefix) && col.slice(prefix.length) === key) best = Math.max(best, 90 + weight);
    }
    if (key.length >= 2 && colWords.length > 1) {
      for (let i = 0; i < colWords.length; i++) {
        for (let j = i + 1; j <= colWords.length; j++) {
          if (colWords.slice(i, j).join("") !== key) continue;
          const rest = [...colWords.slice(0, i), ...colWords.slice(j)];
          if (rest.every((w) => NOISE_WORDS.has(w))) best = Math.max(best, 80 + weight);
          else if (key.length >= 3) best = Math.max(best, 50 + weight);
        }
      }
    }
    const allowed = allowedDistance(Math.min(col.length, key.length));
    if (allowed > 0 && Math.abs(col.length - key.length) <= allowed) {
      const d = editDistance(col, key);
      if (d > 0 && d <= allowed) best = Math.max(best, 70 - 10 * d + weight);
    }
  }
  return best;
}

export interface AutoMapOptions {
  /** Fields that may be mapped (default: importableFields). */
  fields?: string[];
}

/** Suggests a field for each column (null when nothing fits). */
export function autoMapColumns(columns: string[], resource: ResourceSchema, opts: AutoMapOptions = {}): ColumnMapping {
  const fields = opts.fields ?? importableFields(resource);
  const prefixes = [...new Set([resource.label, resource.label_plural, resource.name].map(normaliseName).filter((p) => p !== ""))];
  const pairs: { column: number; field: number; score: number }[] = [];
  fields.forEach((name, fi) => {
    const field = resource.fields[name];
    if (!field) return;
    const candidates = fieldCandidates(name, fieldLabel(name, field));
    columns.forEach((column, ci) => {
      const score = columnScore(column, candidates, prefixes);
      if (score > 0) pairs.push({ column: ci, field: fi, score });
    });
  });
  pairs.sort((a, b) => b.score - a.score || a.column - b.column || a.field - b.field);
  const mapping: ColumnMapping = Object.fromEntries(columns.map((c) => [c, null]));
  const usedColumns = new Set<number>();
  const usedFields = new Set<number>();
  for (const p of pairs) {
    if (usedColumns.has(p.column) || usedFields.has(p.field)) continue;
    usedColumns.add(p.column);
    usedFields.add(p.field);
    const column = columns[p.column];
    const field = fields[p.field];
    if (column !== undefined && field !== undefined) mapping[column] = field;
  }
  return mapping;
}

/**
 * Required writable fields that no column maps to. Empty in edit mode (a partial update needs
 * no field).
 */
export function missingRequired(mapping: ColumnMapping, resource: ResourceSchema, mode: "create" | "edit" = "create"): string[] {
  if (mode === "edit") return [];
  const mapped = new Set(Object.values(mapping).filter((f): f is string => f !== null));
  return importableFields(resource).filter((name) => resource.fields[name]?.required && !mapped.has(name));
}

/** Fields chosen for more than one column (the UI must resolve these before validating). */
export function duplicateTargets(mapping: ColumnMapping): string[] {
  const seen = new Set<string>();
  const dupes = new Set<string>();
  for (const f of Object.values(mapping)) {
    if (f === null) continue;
    if (seen.has(f)) dupes.add(f);
    seen.add(f);
  }
  return [...dupes];
}
