// Validates parsed rows against the resource's create (or edit) rules with the same functions
// the record form uses: coerceFromText (or the column's transform) then validateFieldValue.
// Unmapped columns are ignored; every row is returned, valid or not; required fields that no
// column maps to are reported on every row (in create mode).
import { coerceFromText } from "../../../protocol/field-validation/coerce-from-text.ts";
import { detectDateOrder } from "../../../protocol/field-validation/parse-date-text.ts";
import { detectDecimalSeparator } from "../../../protocol/field-validation/parse-number-text.ts";
import { validateFieldValue } from "../../../protocol/field-validation/validate-field-value.ts";
import { valueKind } from "../../../protocol/field-validation/value-kind.ts";
import type { CoerceOptions, DateOrder } from "../../../protocol/field-validation/types.ts";
import { isServerManaged } from "../../../protocol/server-managed.ts";
import type { FieldSchema, ResourceSchema } from "../../../protocol/types.ts";
import { missingRequired } from "./auto-map.ts";
import { stripFormulaGuard } from "../../../lib/spreadsheet-safety.ts";
import type { Cell, ColumnMapping, Item } from "./types.ts";
import { applyTransform, type ColumnTransforms, type ValueTransform } from "./value-transforms.ts";
import { t } from "../messages.ts";

/** Key in RowResult.errors for problems of the whole row (not of one field). */
export const ROW_ERROR_KEY = "_row";

export interface RowResult {
  /** 0-based data row. */
  index: number;
  /** 1-based line of the file where the row starts (the header is line 1). */
  line: number;
  /** Coerced values of the mapped fields, ready to send when `errors` is empty. */
  values: Item;
  /** field name (or ROW_ERROR_KEY) → message. Empty when the row is valid. */
  errors: Record<string, string>;
  /** Non-blocking remark, e.g. a row with fewer cells than the header. */
  warning?: string;
}

export interface ValidationResult {
  rows: RowResult[];
  validCount: number;
  invalidCount: number;
}

/** What validation needs of a parsed table (ParsedTable fits). */
export interface TableInput {
  columns: string[];
  rows: Cell[][];
  lines?: number[];
  meta?: { hasHeader?: boolean; decimal?: "." | ","; raggedRows?: number[] };
}

export interface ValidateOptions {
  mode?: "create" | "edit";
  /** Locale of the file's author (numbers and dates). */
  locale?: string;
  /** Force a date order; by default each date column's order is detected from its values. */
  dateOrder?: DateOrder;
  /** Force a decimal separator; by default detected per number column. */
  decimal?: "." | ",";
  /** What an empty cell becomes: null (default) or no key at all (lets the server default apply). */
  emptyAs?: "null" | "omit";
  /** Remove the `'` that export puts before formula-like cells (default true). */
  stripFormulaGuard?: boolean;
}

interface ColumnPlan {
  index: number;
  name: string;
  field: FieldSchema;
  transform?: ValueTransform;
  coerce: CoerceOptions;
}

interface Plan {
  columns: ColumnPlan[];
  unmappedRequired: { name: string; message: string }[];
  expectedWidth: number;
  ragged: Set<number>;
  hasHeader: boolean;
}

const SAMPLE_SIZE = 2000;

function columnSamples(rows: Cell[][], index: number): string[] {
  const out: string[] = [];
  for (const row of rows) {
    const v = row[index];
    if (v && v.trim() !== "") out.push(v);
    if (out.length >= SAMPLE_SIZE) break;
  }
  return out;
}

function buildPlan(table: TableInput, mapping: ColumnMapping, resource: ResourceSchema, transforms: ColumnTransforms, opts: ValidateOptions): Plan {
  const columns: ColumnPlan[] = [];
  const effective: ColumnMapping = {};
  table.columns.forEach((column, index) => {
    const name = mapping[column];
    if (!name) return;
    const field = resource.fields[name];
    if (!field || field.readonly || isServerManaged(name)) return;
    effective[column] = name;
    const kind = valueKind(field);
    const coerce: CoerceOptions = { locale: opts.locale };
    if (kind === "date") {
      const order = opts.dateOrder ?? detectDateOrder(columnSamples(table.rows, index));
      if (order) coerce.dateOrder = order;
    }
    if (kind === "number" || kind === "relation") {
      const decimal = opts.decimal ?? table.meta?.decimal ?? detectDecimalSeparator(columnSamples(table.rows, index));
      if (decimal) coerce.decimal = decimal;
    }
    columns.push({ index, name, field, transform: transforms[column], coerce });
  });
  const mode = opts.mode ?? "create";
  const unmappedRequired = missingRequired(effective, resource, mode).map((name) => ({
    name,
    message: validateFieldValue(name, resource.fields[name] as FieldSchema, null, { mode }) ?? t("fieldRequired", { field: name }),
  }));
  const ragged = new Set(table.meta?.raggedRows ?? []);
  let expectedWidth = table.columns.length;
  for (let i = 0; i < table.rows.length; i++) {
    if (!ragged.has(i)) {
      expectedWidth = table.rows[i]?.length ?? expectedWidth;
      break;
    }
  }
  return { columns, unmappedRequired, expectedWidth, ragged, hasHeader: table.meta?.hasHeader ?? true };
}

function validateOne(table: TableInput, plan: Plan, i: number, opts: ValidateOptions): RowResult {
  const row = table.rows[i] ?? [];
  const mode = opts.mode ?? "create";
  const strip = opts.stripFormulaGuard ?? true;
  const omitEmpty = opts.emptyAs === "omit";
  const values: Item = {};
  const errors: Record<string, string> = {};
  let warning: string | undefined;

  if (plan.ragged.has(i)) {
    if (row.length > plan.expectedWidth && row.slice(plan.expectedWidth).some((c) => c !== null && c.trim() !== "")) {
      errors[ROW_ERROR_KEY] = t("rowTooWide", { cells: row.length, expected: plan.expectedWidth });
    } else {
      warning = t("rowWidthDiffers", { cells: row.length, expected: plan.expectedWidth });
    }
  }

  for (const col of plan.columns) {
    const raw = row[col.index] ?? "";
    const text = strip ? stripFormulaGuard(raw) : raw;
    const coerced = col.transform ? applyTransform(col.transform, col.name, col.field, text, col.coerce) : coerceFromText(col.field, text, col.coerce);
    if (!coerced.ok) {
      if (!(col.name in errors)) errors[col.name] = coerced.error;
      continue;
    }
    // Two columns on one field: the first non-empty value wins.
    if (col.name in values && (values[col.name] !== null || coerced.value === null)) continue;
    const message = validateFieldValue(col.name, col.field, coerced.value, { mode });
    if (message) errors[col.name] = message;
    else delete errors[col.name];
    if (coerced.value === null && omitEmpty) continue;
    values[col.name] = coerced.value;
  }
  for (const { name, message } of plan.unmappedRequired) errors[name] = message;

  const line = table.lines?.[i] ?? i + (plan.hasHeader ? 2 : 1);
  const result: RowResult = { index: i, line, values, errors };
  if (warning) result.warning = warning;
  return result;
}

function isValid(r: RowResult): boolean {
  for (const _ in r.errors) return false;
  return true;
}

/** Validates every row synchronously. For large files use validateRowsChunked. */
export function validateRows(
  table: TableInput,
  mapping: ColumnMapping,
  resource: ResourceSchema,
  transforms: ColumnTransforms = {},
  opts: ValidateOptions = {},
): ValidationResult {
  const plan = buildPlan(table, mapping, resource, transforms, opts);
  const rows: RowResult[] = [];
  let validCount = 0;
  for (let i = 0; i < table.rows.length; i++) {
    const r = validateOne(table, plan, i, opts);
    rows.push(r);
    if (isValid(r)) validCount++;
  }
  return { rows, validCount, invalidCount: rows.length - validCount };
}

/** Waits for the event loop to run other tasks (a macrotask, not a microtask). */
export function yieldToEventLoop(): Promise<void> {
  if (typeof MessageChannel !== "undefined") {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export interface ChunkedValidateOptions extends ValidateOptions {
  /** Rows per chunk (default 2000). */
  chunkSize?: number;
  onProgress?: (done: number, total: number) => void;
  /** Called between chunks so the page stays responsive (default yieldToEventLoop). */
  yieldFn?: () => Promise<void>;
  signal?: AbortSignal;
}

/** validateRows in chunks, yielding to the event loop between them. Same result. */
export async function validateRowsChunked(
  table: TableInput,
  mapping: ColumnMapping,
  resource: ResourceSchema,
  transforms: ColumnTransforms = {},
  opts: ChunkedValidateOptions = {},
): Promise<ValidationResult> {
  const chunkSize = Math.max(1, opts.chunkSize ?? 2000);
  const yieldFn = opts.yieldFn ?? yieldToEventLoop;
  const plan = buildPlan(table, mapping, resource, transforms, opts);
  const total = table.rows.length;
  const rows: RowResult[] = [];
  let validCount = 0;
  for (let start = 0; start < total; start += chunkSize) {
    if (opts.signal?.aborted) {
      const e = new Error("Validation was cancelled");
      e.name = "AbortError";
      throw e;
    }
    const end = Math.min(total, start + chunkSize);
    for (let i = start; i < end; i++) {
      const r = validateOne(table, plan, i, opts);
      rows.push(r);
      if (isValid(r)) validCount++;
    }
    opts.onProgress?.(end, total);
    if (end < total) await yieldFn();
  }
  return { rows, validCount, invalidCount: rows.length - validCount };
}
