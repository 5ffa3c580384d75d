// Typed contracts of the relation picker: its props, and the one result its controller returns
// for the picker's view parts to read from context.
import type { Id, RelationOption } from "../../backend/types.ts";
import type { FieldSchema, ResourceSchema } from "../../protocol/types.ts";
import type { RelationLabels } from "../../data/use-relation-labels.ts";
import type { RelationSearchState } from "./use-relation-search.ts";

export interface RelationPickerProps {
  name: string;
  field: FieldSchema;
  /** Accessible name (the field label). */
  label: string;
  /** Id of the input, for the form's `<label htmlFor>`. */
  id?: string;
  multiple: boolean;
  /** Single: an id or null. Multiple: an array of ids. */
  value: unknown;
  onChange(value: Id | null | Id[]): void;
  /** "filter": no "Create new", no reordering. */
  variant?: "form" | "filter";
  required?: boolean;
  invalid?: boolean;
  disabled?: boolean;
  describedBy?: string;
  onBlur?(): void;
  /** Search debounce (tests). */
  debounceMs?: number;
}

export interface RelationPickerController {
  name: string;
  field: FieldSchema;
  label: string;
  multiple: boolean;
  variant: "form" | "filter";
  required: boolean;
  invalid: boolean | undefined;
  disabled: boolean;
  describedBy: string | undefined;
  inputId: string;
  /** The resource that owns the field, and the one it points to (when the schema has it). */
  owner: ResourceSchema;
  related: ResourceSchema | undefined;
  /** The chosen ids; `single` is the one id of a single relation (null when empty or multiple). */
  ids: Id[];
  single: Id | null;
  /** String ids of the chosen records. */
  chosen: ReadonlySet<string>;
  labels: RelationLabels;
  search: RelationSearchState;
  /** Labels that several loaded options share (they get an id hint). */
  ambiguous: ReadonlySet<string>;
  /** The text in the input: what is typed, or the single value's label. */
  inputValue: string;
  /** The single value's label (its raw id when unknown). */
  currentText: string;
  canClear: boolean;
  showCreate: boolean;
  /** A single value whose record could not be found. */
  unknownSingle: boolean;
  /** The "Create new" dialog is open. */
  creating: boolean;
  /** The app link of a related record (undefined when the related resource is unknown). */
  hrefOf: ((id: Id) => string) | undefined;
  /** The popup of options is shown. */
  open: boolean;
  /** There is typed text that Escape would revert. */
  dirty: boolean;
  setOpen(open: boolean): void;
  /** Picks an option (a single value closes the popup; a multi value toggles it, the popup stays). */
  pick(option: RelationOption): void;
  /** Enter without an active option. */
  commit(): void;
  /** Escape: close and revert the typed text. */
  revert(): void;
  onInputChange(text: string): void;
  onBlur(): void;
  clear(): void;
  setIds(ids: Id[]): void;
  focusInput(): void;
  startCreating(): void;
  cancelCreating(): void;
  created(option: RelationOption): void;
}
