import type { FieldSchema } from "../../protocol/types.ts";
import { CheckMark } from "../shared/check-mark.tsx";
import { OptionSwatch } from "./option-badge.tsx";

/** `keys` with `key` ticked or unticked (in the order the user ticked them). */
export const toggledKeys = (keys: readonly string[], key: string, on: boolean): string[] => (on ? [...keys, key] : keys.filter((k) => k !== key));

/** One native checkbox per option, with its colour and label (the options filter, the multiselect's panel). */
export function OptionCheckboxes({ name, options, checked, onToggle }: { name: string; options: NonNullable<FieldSchema["options"]>; checked: readonly string[]; onToggle(key: string, on: boolean): void }) {
  return options.map((o) => (
    <label key={o.value} className="w-check-option">
      <span className="w-checkbox">
        <input
          type="checkbox"
          className="w-checkbox-input"
          name={name}
          value={o.value}
          checked={checked.includes(o.value)}
          onChange={(e) => onToggle(o.value, e.currentTarget.checked)}
        />
        <CheckMark />
      </span>
      <OptionSwatch color={o.color} />
      {o.label || o.value}
    </label>
  ));
}
