// The relation picker's popup: the options found for the typed text in a listbox that loads the
// next page as its end scrolls into view, the empty state, and a status line. A search pages
// through up to thousands of records (50 at a time, kept as the user scrolls), so the options are
// virtualised (TanStack Virtual, the chunk the list's long pages use too): only those near the
// visible part, and the active one, are in the DOM. The popup sits in the top layer (popover
// attribute) but in the DOM beside the input, so inside a modal <dialog> it is inside the dialog,
// where it is not inert. The input keeps the focus throughout (a press in the popup does not take it).
import { useEffect, useRef, type RefObject } from "react";
import { defaultRangeExtractor, useVirtualizer, type Range } from "@tanstack/react-virtual";
import type { RelationOption } from "../../backend/types.ts";
import { useAnchoredPlacement } from "../../ui/popover.tsx";
import { searchStatusText, shortId } from "./relation-text.ts";
import type { RelationSearchState } from "./use-relation-search.ts";
import { useRelationPickerContext } from "./relation-picker-context.ts";
import { t } from "./messages.ts";

export const OPTION_HEIGHT = 36;
/** Options kept in the DOM beyond the visible ones (and how near the end the next page loads). */
const OVERSCAN = 8;

export interface RelationOptionsPopoverProps {
  /** The control the popup lines up with (and is as wide as). */
  anchorRef: RefObject<HTMLElement | null>;
  listboxId: string;
  /** The active option's index (-1: none). */
  active: number;
  optionId(index: number): string;
  onPick(option: RelationOption): void;
}

export function RelationOptionsPopover({ anchorRef, listboxId, active, optionId, onPick }: RelationOptionsPopoverProps) {
  const { label, multiple, search } = useRelationPickerContext();
  const popover = useRef<HTMLDivElement>(null);
  useAnchoredPlacement({ ref: popover, anchorRef, align: "start" });
  return (
    // the input keeps the focus: a press here would otherwise blur it (which closes the popup)
    <div ref={popover} className="popover rp-popover" popover="manual" onMouseDown={(e) => e.preventDefault()}>
      <OptionsListbox listboxId={listboxId} label={t("options", { field: label })} multiple={multiple} search={search} active={active} optionId={optionId} onPick={onPick} />
      {search.options.length === 0 && <EmptyState search={search} />}
      <p className="rp-status" role="status">
        {searchStatusText(search)}
      </p>
    </div>
  );
}

interface OptionsListboxProps extends Omit<RelationOptionsPopoverProps, "anchorRef"> {
  label: string;
  multiple: boolean;
  search: RelationSearchState;
}

function OptionsListbox({ listboxId, label, multiple, search, active, optionId, onPick }: OptionsListboxProps) {
  const { options, total, hasMore, isFetchingMore, error, loadMore } = search;
  // only some options are in the DOM: each says where it stands among all (-1: count unknown)
  const setSize = total ?? (hasMore ? -1 : options.length);
  const list = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: options.length,
    getScrollElement: () => list.current,
    estimateSize: () => OPTION_HEIGHT,
    overscan: OVERSCAN,
    getItemKey: (i) => String(options[i]?.value ?? i),
    // the active option stays in the DOM (aria-activedescendant points at it) when scrolled away
    rangeExtractor: (range: Range) => withIndex(defaultRangeExtractor(range), active),
  });
  useEffect(() => {
    if (active >= 0) virtualizer.scrollToIndex(active, { align: "auto" });
  }, [active, virtualizer]);
  const items = virtualizer.getVirtualItems();
  const atEnd = options.length > 0 && items.at(-1)?.index === options.length - 1;
  // the end of what is loaded came into view (scrolled, or arrowed to): the next page
  useEffect(() => {
    if (atEnd && hasMore && !isFetchingMore && !error) loadMore();
  }, [atEnd, hasMore, isFetchingMore, error, loadMore]);
  const height = virtualizer.getTotalSize();
  return (
    <div ref={list} id={listboxId} role="listbox" aria-label={label} aria-multiselectable={multiple || undefined} aria-busy={isFetchingMore || undefined} className="rp-listbox">
      {/* the scroll height of every loaded option (and the loading row) */}
      <div aria-hidden="true" style={{ height: height + (isFetchingMore ? OPTION_HEIGHT : 0) }} />
      {items.map((item) => {
        const option = options[item.index];
        return option ? <OptionRow key={item.key} id={optionId(item.index)} option={option} position={{ index: item.index, setSize, top: item.start }} active={item.index === active} onPick={onPick} /> : null;
      })}
      {isFetchingMore && atEnd && (
        <div className="rp-more" aria-hidden="true" style={{ top: height }}>
          <span className="rp-muted">{t("loadingMore")}</span>
        </div>
      )}
    </div>
  );
}

/** The indexes to render: the virtualiser's range, plus `index` when it lies outside it. */
function withIndex(indexes: number[], index: number): number[] {
  if (index < 0 || indexes.includes(index)) return indexes;
  return [...indexes, index].sort((a, b) => a - b);
}

interface OptionRowProps {
  id: string;
  option: RelationOption;
  /** Its index among the loaded options, their total count, and its offset in the list. */
  position: { index: number; setSize: number; top: number };
  active: boolean;
  onPick(option: RelationOption): void;
}

function OptionRow({ id, option, position, active, onPick }: OptionRowProps) {
  const { multiple, single, chosen, ambiguous } = useRelationPickerContext();
  const key = String(option.value);
  const selected = multiple ? chosen.has(key) : key === String(single);
  return (
    <div
      id={id}
      role="option"
      aria-selected={selected}
      aria-posinset={position.index + 1}
      aria-setsize={position.setSize}
      data-active={active || undefined}
      className="rp-option"
      style={{ top: position.top }}
      onClick={() => onPick(option)}
    >
      {multiple && (
        <span className="rp-check" aria-hidden="true">
          {selected ? "✓" : ""}
        </span>
      )}
      <span className="rp-option-label">{option.label}</span>
      {ambiguous.has(option.label) && <span className="rp-hint">#{shortId(option.value)}</span>}
    </div>
  );
}

function EmptyState({ search }: { search: RelationSearchState }) {
  if (search.isLoading) return <p className="rp-empty">{t("searching")}</p>;
  if (search.error) return <p className="rp-empty rp-error">{t("loadFailed", { reason: search.error.message })}</p>;
  return <p className="rp-empty">{search.term ? t("noMatchesFor", { term: search.term }) : t("noRecords")}</p>;
}
