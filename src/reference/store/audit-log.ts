// The audit log: one entry per audited mutation, in its own collection (craft-easy.md §9).
import { collection } from "./collections.ts";
import type { AuditEntry, Collection, Doc, MutationContext, StoreState } from "./types.ts";
import { AUDIT_COLLECTION } from "./types.ts";

export function audited(c: Collection, ctx: MutationContext): boolean {
  return !ctx.silent && c.options.audit !== false;
}

export function writeAudit(state: StoreState, entry: Omit<AuditEntry, "id">): void {
  const id = state.newId();
  const doc: Doc = { id, ...entry };
  collection(state, AUDIT_COLLECTION).records.set(id, { id, revision: 1, doc });
}

/** Who and where of an entry, from the mutation's actor. */
export function auditActor(ctx: MutationContext): Pick<AuditEntry, "user_id" | "user_name" | "ip"> {
  return { user_id: ctx.actor.userId, user_name: ctx.actor.userName, ip: ctx.actor.ip };
}

export function readAuditLog(state: StoreState): AuditEntry[] {
  return [...collection(state, AUDIT_COLLECTION).records.values()].map((r) => r.doc as unknown as AuditEntry);
}
