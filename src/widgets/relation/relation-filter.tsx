import { useState } from "react";
import type { WidgetFilterProps } from "../types.ts";
import { isMultiRelation } from "../../protocol/resolve-widget.ts";
import { idText, parseIdList } from "./relation-ids.ts";

/**
 * Relation filter: the relation picker when the app provides one (`renderRelationPicker`), else a
 * plain id input. One id → `eq`; several (comma-separated, or a multi picker) → `in`.
 */
export function RelationFilter({ name, field, value, onChange, label, renderRelationPicker }: WidgetFilterProps) {
  const current = value?.op === "eq" || value?.op === "in" ? value.value : undefined;
  const [state, setState] = useState(() => ({ text: idText(current), source: value }));
  if (state.source !== value && idText(current) !== idText(parseIdList(state.text, field, false))) {
    setState({ text: idText(current), source: value });
  }
  const emit = (ids: (string | number)[]) => {
    const v: WidgetFilterProps["value"] =
      ids.length === 0 ? undefined : ids.length === 1 && ids[0] !== undefined ? { op: "eq", value: ids[0] } : { op: "in", value: ids };
    onChange(v);
    return v;
  };
  if (renderRelationPicker) {
    return (
      <>
        {renderRelationPicker({
          name,
          field,
          label,
          multiple: true,
          value: Array.isArray(current) ? current : current === undefined ? [] : [current],
          onChange: (v) => {
            const ids = (Array.isArray(v) ? v : v === null || v === undefined ? [] : [v]).filter(
              (x): x is string | number => typeof x === "string" || typeof x === "number",
            );
            emit(ids);
          },
        })}
      </>
    );
  }
  return (
    <input
      className="w-input w-code"
      type="text"
      name={name}
      aria-label={label}
      autoComplete="off"
      placeholder={isMultiRelation(field) ? "id, id, …" : "id"}
      value={state.text}
      onChange={(e) => {
        const text = e.target.value;
        const v = emit(parseIdList(text, field, false));
        setState({ text, source: v });
      }}
    />
  );
}
