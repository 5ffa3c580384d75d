// Contracts of field validation and text coercion.

export interface ValidationContext {
  mode: "create" | "edit";
}

export type DateOrder = "DMY" | "MDY" | "YMD";

export interface CoerceOptions {
  /** BCP 47 locale of the file's author, e.g. "de-DE"; decides ambiguous numbers and dates. */
  locale?: string;
  /** Order of day, month and year in slash/dot/dash dates (see detectDateOrder). */
  dateOrder?: DateOrder;
  /** Decimal separator of the file, when known (see detectDecimalSeparator). */
  decimal?: "." | ",";
}

export type CoerceResult = { ok: true; value: unknown } | { ok: false; error: string };

/** How a field's value is handled, resolved from `widget`, `relation`, `options` and `type`. */
export type ValueKind = "string" | "number" | "boolean" | "date" | "json" | "select" | "multi" | "relation";
