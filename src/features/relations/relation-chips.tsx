// The chosen records of a multi relation as chips: each opens its record, can be removed, and
// (where order is editable) moved up or down; keyboard users keep their place after each change.
import { useEffect, useRef, useState } from "react";
import type { Id } from "../../backend/types.ts";
import type { FieldSchema } from "../../protocol/types.ts";
import { RelationDisplay } from "../../widgets/relation/relation-display.tsx";
import { moveItem } from "./relation-value.ts";
import { sharedLabels, shortId } from "./relation-text.ts";
import { t } from "./messages.ts";

export interface RelationChipsProps {
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

/** Where focus goes after a change: the same button after a move, the next chip after a removal. */
type Refocus = { id: string; action: string } | { index: number };

export function RelationChips(props: RelationChipsProps) {
  const { label, ids, labelOf } = props;
  const listRef = useRef<HTMLUListElement>(null);
  const [refocus, setRefocus] = useState<Refocus | null>(null);
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
  const shared = sharedLabels(ids.flatMap((id) => labelOf(id) ?? []));
  return (
    <ul ref={listRef} className="w-chips rp-chips" aria-label={t("selected", { field: label })}>
      {ids.map((id, i) => {
        const known = labelOf(id);
        const text = known === undefined ? String(id) : shared.has(known) ? `${known} #${shortId(id)}` : known;
        return <RelationChip key={String(id)} {...props} id={id} index={i} text={text} known={known !== undefined} onRefocus={setRefocus} />;
      })}
    </ul>
  );
}

interface ChipProps extends RelationChipsProps {
  id: Id;
  index: number;
  /** The chip's label (with an id hint when several chips share it). */
  text: string;
  known: boolean;
  onRefocus(next: Refocus): void;
}

function RelationChip({ name, field, ids, pending, reorderable, disabled, hrefOf, onChange, onEmptied, id, index: i, text, known, onRefocus }: ChipProps) {
  const shown = <RelationDisplay name={name} field={field} value={id} label={known ? text : undefined} pending={pending} variant="cell" />;
  return (
    <li className="w-chip rp-chip">
      {hrefOf ? (
        <a className="rp-chip-link" href={hrefOf(id)} target="_blank" rel="noopener noreferrer" title={t("openInNewTab")}>
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
            aria-label={t("moveUp", { record: text })}
            disabled={i === 0}
            data-chip={String(id)}
            data-action="up"
            onClick={() => {
              onChange(moveItem(ids, i, -1));
              onRefocus({ id: String(id), action: i - 1 === 0 ? "down" : "up" });
            }}
          >
            <span aria-hidden="true">↑</span>
          </button>
          <button
            type="button"
            className="w-chip-remove"
            aria-label={t("moveDown", { record: text })}
            disabled={i === ids.length - 1}
            data-chip={String(id)}
            data-action="down"
            onClick={() => {
              onChange(moveItem(ids, i, 1));
              onRefocus({ id: String(id), action: i + 1 === ids.length - 1 ? "up" : "down" });
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
          aria-label={t("remove", { record: text })}
          data-chip={String(id)}
          data-action="remove"
          onClick={() => {
            onChange(ids.filter((_, j) => j !== i));
            if (ids.length > 1) onRefocus({ index: i });
            else onEmptied?.();
          }}
        >
          <span aria-hidden="true">×</span>
        </button>
      )}
    </li>
  );
}
