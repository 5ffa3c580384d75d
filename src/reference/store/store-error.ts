// What the store throws when a write cannot happen; each dialect face maps it to its own error.

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
