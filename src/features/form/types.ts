// Typed contracts of the record form: what its controller takes and the one result it returns,
// which the form's view parts read from context.
import type { FormEvent, RefObject } from "react";
import type { UseFormReturn } from "react-hook-form";
import type { ResourceSchema } from "../../protocol/types.ts";
import type { Item, Versioned } from "../../backend/types.ts";
import type { FormSection } from "./form-layout.ts";
import type { Conflict, ConflictChoice } from "./conflict.ts";
import type { FormDraft } from "./form-draft.ts";

export type FormMode = "create" | "edit";

/** What a submit does after saving: leave (onSaved), or empty the form for the next record. */
export type SaveIntent = "save" | "save-and-add";

/** react-hook-form's values, keyed `f0`, `f1`, … so that a field name with dots is no path. */
export type FormValues = Record<string, unknown>;

export interface RecordFormControllerProps {
  resource: ResourceSchema;
  mode: FormMode;
  /** Edit: the loaded record and its version. Create: optional pre-filled values (duplicate). */
  record?: Versioned;
  initialValues?: Item;
  onSaved: (saved: Versioned) => void;
  /** Inside a dialog: no page-level unsaved-changes guard or draft persistence. */
  embedded?: boolean;
}

/** Where a save stands. Only one save runs at a time. */
export type SavePhase =
  | { kind: "editing" }
  | { kind: "saving" }
  /** The server's version differs where it matters: the user chooses per field. */
  | { kind: "conflict"; conflict: Conflict; intent: SaveIntent; mine: Item }
  /** The session ended mid-save: the save runs again once the user has signed in. */
  | { kind: "awaiting-sign-in"; intent: SaveIntent };

export interface DraftOffer {
  /** A stored draft that differs from what the form opened with, until restored or discarded. */
  offered: FormDraft | null;
  restore(): void;
  discard(): void;
}

export interface ConflictResolution {
  /** The open conflict, or null. */
  pending: Conflict | null;
  /** Merge per the choices and save the merged values with the server's version. */
  resolve(choices: Record<string, ConflictChoice>): void;
  cancel(): void;
}

export interface RecordFormController {
  resource: ResourceSchema;
  mode: FormMode;
  embedded: boolean;
  sections: FormSection[];
  /** The react-hook-form instance the field views bind to (by `keyOf(name)`). */
  form: UseFormReturn<FormValues>;
  keyOf(name: string): string | undefined;
  /** Current values by field name. */
  values: Item;
  /** Fields whose value differs from what the form started from. */
  changed: string[];
  saving: boolean;
  /** Saved and left (or leaving): nothing left to guard. */
  saved: boolean;
  /** The form-level messages (role="alert"), or null. */
  formError: string[] | null;
  awaitingSignIn: boolean;
  draft: DraftOffer;
  conflict: ConflictResolution;
  /** Validate, then save the current values (`intent` defaults to "save"). */
  save(intent?: SaveIntent): Promise<void>;
  /** The <form>'s onSubmit: saves with the intent of the submit button last pressed. */
  submit(event: FormEvent<HTMLFormElement>): void;
  chooseIntent(intent: SaveIntent): void;
  /** A widget reports text it cannot parse (null: the text parses again). */
  reportInvalidInput(name: string, message: string | null): void;
  /** Attach to the <form> and the alert: focus moves to the first bad field or the alert. */
  formRef: RefObject<HTMLFormElement | null>;
  alertRef: RefObject<HTMLDivElement | null>;
}
