// Value handling of the litestar face: write coercion as litestar-admin does it (§9.2: "" and null
// → NULL, fromisoformat date-times, unparseable dates silently NULL, bad types → 500) and the
// read encoding (naive timestamps, §6; `str(Enum)` and Python reprs in exports, §10).
import type { Doc } from "../store/types.ts";
import type { LitestarColumn, LitestarModel } from "./litestar-models.ts";
import { isRecord } from "../../lib/is-record.ts";

/** Thrown for what would be an unhandled DB/type error on the server → 500 Internal Server Error. */
export class ServerFault extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ServerFault";
  }
}

const DATETIME_RE = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,6}))?)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/** Python `datetime.fromisoformat` (3.11+, trailing Z accepted) → ISO UTC string, or null. */
export function parseDateTime(text: string): string | null {
  const m = DATETIME_RE.exec(text.trim());
  if (!m) return null;
  const [, date, hh = "00", mi = "00", ss = "00", frac = "", zone] = m;
  const ms = frac === "" ? "000" : frac.padEnd(3, "0").slice(0, 3);
  let offset = "Z";
  if (zone && zone !== "Z") offset = zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone;
  const t = Date.parse(`${date}T${hh}:${mi}:${ss}.${ms}${offset}`);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

export function parseDate(text: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const t = Date.parse(`${m[0]}T00:00:00Z`);
  return Number.isNaN(t) || new Date(t).toISOString().slice(0, 10) !== m[0] ? null : m[0];
}

export function parseTime(text: string): string | null {
  const m = /^([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?$/.exec(text.trim());
  if (!m) return null;
  return m[3] === undefined || m[3] === "00" ? `${m[1]}:${m[2]}` : `${m[1]}:${m[2]}:${m[3]}`;
}

/** A stored ISO timestamp as SQLite hands it back: naive (no offset), microseconds when present. */
export function naiveTimestamp(value: unknown): unknown {
  if (typeof value !== "string") return value;
  const t = Date.parse(value);
  if (Number.isNaN(t) || !/T/.test(value)) return value;
  const iso = new Date(t).toISOString(); // 2026-03-01T09:00:00.123Z
  const ms = iso.slice(20, 23);
  return ms === "000" ? iso.slice(0, 19) : `${iso.slice(0, 19)}.${ms}000`;
}

/**
 * Coerce one written value for a column. Returns the stored value; throws ServerFault for what
 * the database would reject (wrong type, bad enum value, NOT NULL).
 */
export function coerceForColumn(col: LitestarColumn, value: unknown): unknown {
  let v: unknown = value === "" ? null : value;
  if (v !== null && v !== undefined) {
    switch (col.kind) {
      case "datetime":
        v = typeof v === "string" ? parseDateTime(v) : null;
        break;
      case "date":
        v = typeof v === "string" ? (parseDate(v) ?? (parseDateTime(v)?.slice(0, 10) ?? null)) : null;
        break;
      case "time":
        v = typeof v === "string" ? parseTime(v) : null;
        break;
      case "integer":
        if (typeof v === "string" && /^-?\d+$/.test(v.trim())) v = Number(v);
        if (typeof v !== "number" || !Number.isInteger(v)) throw new ServerFault(`${col.name}: not an integer`);
        break;
      case "number":
        if (typeof v === "string" && v.trim() !== "" && Number.isFinite(Number(v))) v = Number(v);
        if (typeof v !== "number" || !Number.isFinite(v)) throw new ServerFault(`${col.name}: not a number`);
        break;
      case "boolean":
        if (typeof v !== "boolean") throw new ServerFault(`${col.name}: not a boolean`);
        break;
      case "enum":
        if (typeof v !== "string" || !(col.enumValues ?? []).includes(v)) throw new ServerFault(`${col.name}: invalid enum value`);
        break;
      case "string":
        if (typeof v === "number" || typeof v === "boolean") v = String(v);
        if (typeof v !== "string") throw new ServerFault(`${col.name}: not a string`);
        if (col.maxLength !== undefined && v.length > col.maxLength) throw new ServerFault(`${col.name}: value too long`);
        break;
      case "array":
        if (!Array.isArray(v)) throw new ServerFault(`${col.name}: not a list`);
        break;
      case "object":
        if (!isRecord(v) && !Array.isArray(v)) throw new ServerFault(`${col.name}: not an object`);
        break;
    }
  }
  if ((v === null || v === undefined) && !col.nullable) throw new ServerFault(`NOT NULL constraint failed: ${col.name}`);
  return v ?? null;
}

/** A record as the API returns it: the given columns, naive timestamps, the id as stored. */
export function encodeRecord(model: LitestarModel, doc: Doc, columns: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of columns) {
    const col = model.columns.find((c) => c.name === name);
    const raw = doc[name];
    out[name] = col?.kind === "datetime" ? naiveTimestamp(raw ?? null) : (raw ?? null);
  }
  return out;
}

/** Python `repr` of a JSON value (lists and dicts in exports are written with `str()`). */
function pyRepr(v: unknown): string {
  if (v === null || v === undefined) return "None";
  if (typeof v === "boolean") return v ? "True" : "False";
  if (typeof v === "number") return String(v);
  if (typeof v === "string") return `'${v.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;
  if (Array.isArray(v)) return `[${v.map(pyRepr).join(", ")}]`;
  if (isRecord(v)) return `{${Object.entries(v).map(([k, x]) => `${pyRepr(k)}: ${pyRepr(x)}`).join(", ")}}`;
  return String(v);
}

/** One exported cell: `str(Enum)` → `Status.draft` (§1 #9), Python `str()` of other values. */
export function exportCell(col: LitestarColumn | undefined, value: unknown, target: "csv" | "json"): unknown {
  if (value === null || value === undefined) return target === "csv" ? "" : null;
  if (col?.kind === "enum" && typeof value === "string") return `${col.enumClass ?? "Enum"}.${value}`;
  if (col?.kind === "datetime") return naiveTimestamp(value);
  if (target === "json") return value;
  if (typeof value === "boolean") return value ? "True" : "False";
  if (typeof value === "object") return pyRepr(value);
  return String(value);
}
