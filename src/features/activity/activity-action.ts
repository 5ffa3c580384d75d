// Words for an activity entry's action (litestar-admin: create/update/delete; Craft Easy's audit
// operations: insert/update/replace/delete/depersonalize; anything else humanised).
import { humanize } from "../../protocol/labels.ts";

const PAST_TENSE: Record<string, string> = {
  create: "created",
  insert: "created",
  update: "updated",
  replace: "replaced",
  delete: "deleted",
  depersonalize: "depersonalised",
  bulk_delete: "bulk-deleted",
  bulk_action: "ran a bulk action on",
  export: "exported",
};

export function actionVerb(action: string): string {
  return PAST_TENSE[action.toLowerCase()] ?? humanize(action).toLowerCase();
}

/** True when the record no longer exists after this entry (no link to it). */
export function isDeletion(action: string): boolean {
  return /^(delete|bulk_delete)$/i.test(action);
}
