// Contracts of the widget registry: what every widget's input, display and filter receive, how a
// widget kind declares its widgets, and what the registry answers.
import type { ComponentType, ReactNode } from "react";
import type { FilterOp } from "../backend/types.ts";
import type { WidgetId } from "../protocol/resolve-widget.ts";
import type { FieldSchema } from "../protocol/types.ts";

export type { WidgetId };

/**
 * Props of an editing widget. Single inputs carry `id` and are labelled by the
 * `<label htmlFor={id}>` the form renders; group widgets (radio, multiselect, select,
 * slider, tags…) label themselves with `label` (aria-label) as well.
 */
export interface WidgetInputProps {
  name: string;
  field: FieldSchema;
  value: unknown;
  onChange(v: unknown): void;
  onBlur?(): void;
  id: string;
  invalid?: boolean;
  describedBy?: string;
  disabled?: boolean;
  readOnly?: boolean;
  label: string;
  /**
   * Widgets that keep text which is not (yet) a value — invalid JSON, a bad hex colour, a
   * rejected file — report a message here (null when fine) so the form can block saving.
   */
  onInvalidInput?(message: string | null): void;
}

export interface WidgetDisplayProps {
  name: string;
  field: FieldSchema;
  value: unknown;
  variant: "cell" | "detail";
  /** Search term to highlight with `<mark>`. */
  highlight?: string;
  /** Relation widgets: the resolved label of the stored id (single relation). */
  label?: string;
  /** Relation widgets: resolved labels by stringified id (multi relation). */
  labels?: Record<string, string>;
  /** Relation widgets: labels are still being resolved (no "unknown" warning yet). */
  pending?: boolean;
}

/**
 * A filter control's value: one Backend `FilterCondition` without its field.
 * select/multiselect → `in`; boolean → `eq`; number/date/time ranges → `between` `[from, to]`
 * (either end may be null); text → `contains`; relation → `eq` / `in`.
 */
export type FilterValue =
  | { op: "in"; value: (string | number | boolean)[] }
  | { op: "eq"; value: string | number | boolean }
  | { op: "between"; value: [number | string | null, number | string | null] }
  | { op: "contains"; value: string }
  | { op: Exclude<FilterOp, "in" | "eq" | "between" | "contains">; value: unknown };

/** Slot a relation picker can fill in relation filters/inputs (the picker is its own feature). */
export interface RelationPickerSlotProps {
  name: string;
  field: FieldSchema;
  id?: string;
  label: string;
  multiple: boolean;
  value: unknown;
  onChange(v: unknown): void;
}

export interface WidgetFilterProps {
  name: string;
  field: FieldSchema;
  value: FilterValue | undefined;
  onChange(v: FilterValue | undefined): void;
  label: string;
  /** Relation filters: render the real picker instead of the plain id input. */
  renderRelationPicker?: (props: RelationPickerSlotProps) => ReactNode;
}

export interface WidgetEntry {
  id: WidgetId;
  Input: ComponentType<WidgetInputProps>;
  Display: ComponentType<WidgetDisplayProps>;
  /** Null when the widget has no sensible filter (password, json). */
  Filter: ComponentType<WidgetFilterProps> | null;
  /** Cell alignment hint for tables (numbers align to the end). */
  align: "start" | "end" | "center";
  /**
   * True when the input renders a group labelled by `label` itself (radio, multiselect, tags,
   * select, slider): the form may render a heading-like label instead of `<label htmlFor>`.
   */
  group: boolean;
}

/**
 * One widget as its kind module declares it. `input` and `filter` pick the components out of the
 * kind's editors module (`E`), which loads lazily (the list's first screen never loads it).
 */
export interface WidgetDeclaration<E> {
  id: WidgetId;
  /** Other `widget` strings that mean this widget (matched case-insensitively). */
  aliases?: readonly string[];
  Display: ComponentType<WidgetDisplayProps>;
  input(editors: E): ComponentType<WidgetInputProps>;
  /** Null when the widget has no sensible filter. */
  filter: ((editors: E) => ComponentType<WidgetFilterProps>) | null;
  /** Default "start". */
  align?: WidgetEntry["align"];
  /** Default false. */
  group?: boolean;
}

/** A widget kind as the registry takes it (built by `defineWidgetKind`). */
export interface WidgetKind {
  /** The kind's widgets, with their inputs and filters bound to the lazily loaded editors. */
  entries: readonly WidgetEntry[];
  /** Alias → canonical id. */
  aliases: Readonly<Record<string, WidgetId>>;
  /** Whether the kind's inputs and filters have loaded (with editors.ts). */
  hasEditors(): boolean;
}

/** Parts of a widget's entry replaced by the app (e.g. the relation picker's input and filter). */
export type WidgetOverride = { id: WidgetId } & Partial<Omit<WidgetEntry, "id">>;

/** The widgets of a running app: the built-in ones with the app's overrides applied. */
export interface WidgetRegistry {
  /** The entry for a widget id or alias; unknown ids get the text entry (and one console warning). */
  getWidget(id: string): WidgetEntry;
  /** The entry for a field, by the widget resolution order (craft-easy.md §3.3). */
  widgetFor(field: FieldSchema): WidgetEntry;
}
