// Words for an activity entry's action (litestar-admin: create/update/delete; Craft Easy's audit
// operations: insert/update/replace/delete/depersonalize; anything else humanised).
import { humanize } from "../../protocol/labels.ts";
import { t } from "./messages.ts";

/** An action's verb (past tense) in the catalogue, by action name. */
const PAST_TENSE = {
  create: "created",
  insert: "created",
  update: "updated",
  replace: "replaced",
  delete: "deleted",
  depersonalize: "depersonalised",
  bulk_delete: "bulkDeleted",
  bulk_action: "bulkAction",
  export: "exported",
} as const;

const isKnown = (action: string): action is keyof typeof PAST_TENSE => Object.hasOwn(PAST_TENSE, action);

export function actionVerb(action: string): string {
  const key = action.toLowerCase();
  return isKnown(key) ? t(PAST_TENSE[key]) : humanize(action).toLowerCase();
}

/** True when the record no longer exists after this entry (no link to it). */
export function isDeletion(action: string): boolean {
  return /^(delete|bulk_delete)$/i.test(action);
}
