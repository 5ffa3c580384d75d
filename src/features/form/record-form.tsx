// Contract stub: the forms task replaces the body. Used by the record pages and by the relation
// picker's "Create new" dialog.
import type { ResourceSchema } from "../../protocol/types.ts";
import type { Item, Versioned } from "../../backend/types.ts";

export interface RecordFormProps {
  resource: ResourceSchema;
  mode: "create" | "edit";
  /** Edit: the loaded record and its version. Create: optional pre-filled values (duplicate). */
  record?: Versioned;
  initialValues?: Item;
  onSaved: (saved: Versioned) => void;
  onCancel: () => void;
  /** Inside a dialog: no page-level unsaved-changes guard or draft persistence. */
  embedded?: boolean;
}

export function RecordForm(_props: RecordFormProps) {
  return null;
}
