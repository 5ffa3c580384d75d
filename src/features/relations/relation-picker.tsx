// The relation picker: an accessible combobox (react-aria ComboBox) over the related endpoint,
// searched on `search_field` with the static `filters` (both applied by the adapter), paged with
// infinite scroll in a virtualised list. Single values show their `label_field` in the input;
// multi values are removable (and, in forms, reorderable) chips.
import { lazy, Suspense, useEffect, useId, useMemo, useRef, useState, type Key } from "react";
import {
  Button,
  Collection,
  ComboBox,
  Input,
  ListBox,
  ListBoxItem,
  ListBoxLoadMoreItem,
  ListLayout,
  Popover,
  Virtualizer,
} from "react-aria-components";
import { useHref, useInRouterContext } from "react-router";
import type { Id, RelationOption } from "../../backend/types.ts";
import type { FieldSchema } from "../../protocol/types.ts";
import { canCreate } from "../../protocol/permissions.ts";
import { useSchema } from "../../data/schema-context.tsx";
import { useRelationLabels } from "../../data/use-relation-labels.ts";
import { RelationDisplay } from "../../widgets/relation/relation-display.tsx";
import { owningResource, recordPath, relatedResource } from "./relation-resources.ts";
import { useRelationSearch } from "./use-relation-search.ts";
import { moveItem, toIds } from "./relation-value.ts";
import "./relation-picker.css";

const CreateRelatedDialog = lazy(() => import("./create-related-dialog.tsx").then((m) => ({ default: m.CreateRelatedDialog })));

export const OPTION_HEIGHT = 36;

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

/** `basename`-aware link prefix (a plain "/" outside a router). */
function useRoutePrefix(): string {
  const inRouter = useInRouterContext();
  // The router context of a mounted component never comes or goes, so the hook order is stable.
  // eslint-disable-next-line react-hooks/rules-of-hooks
  const root = inRouter ? useHref("/") : "/";
  return root.replace(/\/$/, "");
}

export function RelationPicker(props: RelationPickerProps) {
  const { name, field, label, multiple, value, onChange } = props;
  const variant = props.variant ?? "form";
  const schema = useSchema();
  const owner = useMemo(() => owningResource(schema, name, field), [schema, name, field]);
  const related = relatedResource(schema, field.relation);
  const prefix = useRoutePrefix();
  const fallbackId = useId();
  const inputId = props.id ?? fallbackId;

  const ids = useMemo(() => toIds(value), [value]);
  const single = multiple ? null : (ids[0] ?? null);
  const labels = useRelationLabels(owner, name, ids);

  const [open, setOpen] = useState(false);
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState("");
  const [creating, setCreating] = useState(false);
  const focusInput = () => document.getElementById(inputId)?.focus();
  const escaping = useRef(false);

  const currentText = single === null ? "" : (labels.labelOf(single) ?? String(single));
  const inputValue = multiple || editing ? text : currentText;
  const typed = multiple || editing ? text : "";
  const search = useRelationSearch(owner, name, typed, { enabled: open, debounceMs: props.debounceMs });
  const byKey = useMemo(() => new Map(search.options.map((o) => [String(o.value), o])), [search.options]);
  const chosen = useMemo(() => new Set(ids.map(String)), [ids]);
  // labels shared by several loaded records get a short id hint so the options can be told apart
  const ambiguous = useMemo(() => {
    const seen = new Set<string>();
    const twice = new Set<string>();
    for (const o of search.options) (seen.has(o.label) ? twice : seen).add(o.label);
    return twice;
  }, [search.options]);

  const disabled = Boolean(props.disabled);
  const canClear = !multiple && single !== null && !props.required && !disabled;
  const showCreate = variant === "form" && !disabled && related !== undefined && canCreate(related);

  const choose = (option: RelationOption) => {
    if (multiple) {
      const key = String(option.value);
      onChange(chosen.has(key) ? ids.filter((x) => String(x) !== key) : [...ids, option.value]);
      setText("");
    } else {
      if (String(option.value) !== String(single)) onChange(option.value);
      setEditing(false);
      setText("");
    }
  };

  const onSelectionChange = (key: Key | null) => {
    const option = key === null ? undefined : byKey.get(String(key));
    if (option) {
      choose(option);
      return;
    }
    // No option: the popup closed without a pick (Enter with nothing highlighted, Escape, blur).
    // Enter before the results for the typed text arrived keeps the text (and the search going);
    // Escape always reverts; otherwise an emptied optional single input clears the value.
    const explicit = escaping.current;
    escaping.current = false;
    if (!explicit && search.isLoading) return;
    finishEditing(!explicit);
  };

  /** Leave editing: back to the value's label (an emptied optional single input clears it first). */
  const finishEditing = (clearIfEmpty = true) => {
    if (clearIfEmpty && !multiple && editing && text.trim() === "" && !props.required && single !== null) onChange(null);
    setEditing(false);
    setText("");
  };

  const onInputChange = (v: string) => {
    if (!multiple && !editing && v === currentText) return;
    setText(v);
    if (!multiple) setEditing(true);
  };

  const unknownSingle = single !== null && !labels.isLoading && labels.labelOf(single) === undefined;
  const listLabel = `${label} options`;

  return (
    <div className={`rp rp-${variant}${multiple ? " rp-multi" : ""}`}>
      <div className="rp-row">
        <ComboBox<RelationOption>
          className="rp-combobox"
          aria-label={label}
          items={search.options}
          selectedKey={multiple || single === null ? null : String(single)}
          onSelectionChange={onSelectionChange}
          inputValue={inputValue}
          onInputChange={onInputChange}
          onOpenChange={setOpen}
          allowsEmptyCollection
          isDisabled={disabled}
          isInvalid={props.invalid}
          isRequired={Boolean(props.required) && (!multiple || ids.length === 0)}
          aria-describedby={props.describedBy || undefined}
          onBlur={() => {
            finishEditing();
            props.onBlur?.();
          }}
        >
          <div
            className="rp-control"
            onKeyDownCapture={(e) => {
              escaping.current = e.key === "Escape";
            }}
          >
            <Input
              id={inputId}
              className="w-input rp-input"
              placeholder={field.placeholder ?? (multiple ? "Type to add…" : "Type to search…")}
            />
            <Button className="rp-toggle" aria-label={`Show ${label} options`}>
              <span aria-hidden="true">▾</span>
            </Button>
          </div>
          <Popover className="w-popover rp-popover" offset={4} placement="bottom start">
            <Virtualizer layout={ListLayout} layoutOptions={{ rowHeight: OPTION_HEIGHT, loaderHeight: OPTION_HEIGHT }}>
              <ListBox<RelationOption>
                className="w-listbox rp-listbox"
                aria-label={listLabel}
                renderEmptyState={() => <EmptyState search={search} />}
              >
                <Collection items={search.options}>
                  {(o) => (
                    <ListBoxItem id={String(o.value)} textValue={o.label} className="w-option rp-option">
                      {multiple && (
                        <span className="rp-check" aria-hidden="true">
                          {chosen.has(String(o.value)) ? "✓" : ""}
                        </span>
                      )}
                      <span className="rp-option-label">{o.label}</span>
                      {ambiguous.has(o.label) && <span className="rp-hint">#{shortId(o.value)}</span>}
                      {multiple && chosen.has(String(o.value)) && <span className="w-sr-only"> (selected)</span>}
                    </ListBoxItem>
                  )}
                </Collection>
                <ListBoxLoadMoreItem className="rp-more" onLoadMore={search.loadMore} isLoading={search.isFetchingMore}>
                  <span className="rp-muted">Loading more…</span>
                </ListBoxLoadMoreItem>
              </ListBox>
            </Virtualizer>
            <p className="rp-status" role="status">
              {statusText(search)}
            </p>
          </Popover>
        </ComboBox>
        {canClear && (
          <button
            type="button"
            className="rp-icon-button"
            aria-label={`Clear ${label}`}
            onClick={() => {
              onChange(null);
              setEditing(false);
              setText("");
            }}
          >
            <span aria-hidden="true">×</span>
          </button>
        )}
        {!multiple && single !== null && related && (
          <a
            className="rp-icon-button"
            href={prefix + recordPath(related, single)}
            target="_blank"
            rel="noopener noreferrer"
            aria-label={`Open ${currentText} in new tab`}
            title="Open in new tab"
          >
            <span aria-hidden="true">↗</span>
          </a>
        )}
        {showCreate && related && (
          <button type="button" className="rp-icon-button rp-create" aria-label={`Create new ${related.label}`} onClick={() => setCreating(true)}>
            <span aria-hidden="true">+</span> New
          </button>
        )}
      </div>
      {multiple && ids.length > 0 && (
        <RelationChips
          name={name}
          field={field}
          label={label}
          ids={ids}
          labelOf={labels.labelOf}
          pending={labels.isLoading}
          reorderable={variant === "form" && !disabled}
          disabled={disabled}
          hrefOf={related ? (id) => prefix + recordPath(related, id) : undefined}
          onChange={(next) => onChange(next)}
          onEmptied={focusInput}
        />
      )}
      {!multiple && unknownSingle && (
        <p className="rp-warning">
          <span aria-hidden="true">⚠</span> Unknown record {String(single)}
        </p>
      )}
      {creating && related && (
        <Suspense fallback={null}>
          <CreateRelatedDialog
            owner={owner}
            field={name}
            related={related}
            onCancel={() => setCreating(false)}
            onCreated={(option) => {
              setCreating(false);
              if (multiple) {
                if (!chosen.has(String(option.value))) onChange([...ids, option.value]);
              } else {
                onChange(option.value);
                setEditing(false);
                setText("");
              }
            }}
          />
        </Suspense>
      )}
    </div>
  );
}

/** The tail of an id (enough to tell records with the same label apart). */
export function shortId(id: Id): string {
  const text = String(id);
  return text.length > 8 ? text.slice(-6) : text;
}

function statusText(search: ReturnType<typeof useRelationSearch>): string {
  if (search.error && search.options.length > 0) return "Couldn't load more results.";
  if (search.isLoading || search.options.length === 0) return "";
  const n = search.options.length;
  if (search.total !== null && search.total > n) return `${n} of ${search.total} shown — scroll for more`;
  return `${n} ${n === 1 ? "match" : "matches"}`;
}

function EmptyState({ search }: { search: ReturnType<typeof useRelationSearch> }) {
  if (search.isLoading) return <p className="rp-empty">Searching…</p>;
  if (search.error) return <p className="rp-empty rp-error">Couldn't load results: {search.error.message}</p>;
  return <p className="rp-empty">{search.term ? `No matches for “${search.term}”` : "No records"}</p>;
}

interface ChipsProps {
  name: string;
  field: FieldSchema;
  label: string;
  ids: Id[];
  labelOf(id: Id): string | undefined;
  pending: boolean;
  reorderable: boolean;
  disabled: boolean;
  hrefOf?: (id: Id) => string;
  onChange(ids: Id[]): void;
  /** The last chip was removed (focus should go back to the input). */
  onEmptied?: () => void;
}

/** The chosen records of a multi relation: remove, and move up/down where order is editable. */
export function RelationChips({ name, field, label, ids, labelOf, pending, reorderable, disabled, hrefOf, onChange, onEmptied }: ChipsProps) {
  const listRef = useRef<HTMLUListElement>(null);
  // keyboard users keep their place: after a move the same button, after a removal the next chip
  const [refocus, setRefocus] = useState<{ id: string; action: string } | { index: number } | null>(null);
  useEffect(() => {
    if (!refocus || !listRef.current) return;
    const buttons = [...listRef.current.querySelectorAll<HTMLButtonElement>("button[data-chip]")];
    const target =
      "id" in refocus
        ? buttons.find((b) => b.dataset.chip === refocus.id && b.dataset.action === refocus.action && !b.disabled)
        : buttons.filter((b) => b.dataset.action === "remove")[Math.min(refocus.index, ids.length - 1)];
    target?.focus();
    setRefocus(null);
  }, [refocus, ids.length]);
  const shared = new Set<string>();
  const seen = new Set<string>();
  for (const id of ids) {
    const l = labelOf(id);
    if (l !== undefined) (seen.has(l) ? shared : seen).add(l);
  }
  return (
    <ul ref={listRef} className="w-chips rp-chips" aria-label={`Selected ${label}`}>
      {ids.map((id, i) => {
        const known = labelOf(id);
        const text = known === undefined ? String(id) : shared.has(known) ? `${known} #${shortId(id)}` : known;
        const shown = <RelationDisplay name={name} field={field} value={id} label={known === undefined ? undefined : text} pending={pending} variant="cell" />;
        return (
          <li key={String(id)} className="w-chip rp-chip">
            {hrefOf ? (
              <a className="rp-chip-link" href={hrefOf(id)} target="_blank" rel="noopener noreferrer" title="Open in new tab">
                {shown}
              </a>
            ) : (
              shown
            )}
            {reorderable && ids.length > 1 && (
              <>
                <button
                  type="button"
                  className="w-chip-remove"
                  aria-label={`Move ${text} up`}
                  disabled={i === 0}
                  data-chip={String(id)}
                  data-action="up"
                  onClick={() => {
                    onChange(moveItem(ids, i, -1));
                    setRefocus({ id: String(id), action: i - 1 === 0 ? "down" : "up" });
                  }}
                >
                  <span aria-hidden="true">↑</span>
                </button>
                <button
                  type="button"
                  className="w-chip-remove"
                  aria-label={`Move ${text} down`}
                  disabled={i === ids.length - 1}
                  data-chip={String(id)}
                  data-action="down"
                  onClick={() => {
                    onChange(moveItem(ids, i, 1));
                    setRefocus({ id: String(id), action: i + 1 === ids.length - 1 ? "up" : "down" });
                  }}
                >
                  <span aria-hidden="true">↓</span>
                </button>
              </>
            )}
            {!disabled && (
              <button
                type="button"
                className="w-chip-remove"
                aria-label={`Remove ${text}`}
                data-chip={String(id)}
                data-action="remove"
                onClick={() => {
                  onChange(ids.filter((_, j) => j !== i));
                  if (ids.length > 1) setRefocus({ index: i });
                  else onEmptied?.();
                }}
              >
                <span aria-hidden="true">×</span>
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
