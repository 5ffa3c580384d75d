import { useState } from "react";
import type { WidgetInputProps } from "../types.ts";
import { isMultiRelation } from "../../protocol/resolve-widget.ts";
import { nativeInputAttrs } from "../shared/input-attrs.ts";
import { idText, parseIdList, typedId } from "./relation-ids.ts";

/**
 * Plain id input for relation fields, where the app does not replace it with the relation picker
 * (an override of its widget registry). Multi relations take comma-separated ids and emit an
 * array; single ones emit the id or null. Numeric ids stay numbers.
 */
export function RelationIdInput(props: WidgetInputProps) {
  const { field, value, onChange } = props;
  const multi = isMultiRelation(field) || Array.isArray(value);
  const numericHint = (Array.isArray(value) ? value : [value]).some((v) => typeof v === "number");
  const [state, setState] = useState(() => ({ text: idText(value), source: value }));
  if (!Object.is(value, state.source)) {
    const same = idText(value) === idText(multi ? parseIdList(state.text, field, numericHint) : state.text.trim());
    setState({ text: same ? state.text : idText(value), source: value });
  }
  return (
    <input
      {...nativeInputAttrs(props)}
      className="w-input w-code"
      type="text"
      autoComplete="off"
      spellCheck={false}
      placeholder={field.placeholder ?? (multi ? "id, id, …" : "id")}
      value={state.text}
      onChange={(e) => {
        const text = e.target.value;
        const next = multi ? parseIdList(text, field, numericHint) : text.trim() === "" ? null : typedId(text, field, numericHint);
        setState({ text, source: next });
        onChange(next);
      }}
    />
  );
}
