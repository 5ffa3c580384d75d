// The relation picker's combobox (react-aria ComboBox): the input, the toggle button and the popup
// of options.
import { ComboBox, Button, Input } from "react-aria-components";
import type { RelationOption } from "../../backend/types.ts";
import { useEnclosingDialog } from "../../ui/use-enclosing-dialog.ts";
import { RelationOptionsPopover } from "./relation-options-popover.tsx";
import { useRelationPickerContext } from "./relation-picker-context.ts";
import { t } from "./messages.ts";

export function RelationCombobox() {
  const ctl = useRelationPickerContext();
  const { field, label, multiple, single } = ctl;
  const [control, dialog] = useEnclosingDialog<HTMLDivElement>();
  return (
    <ComboBox<RelationOption>
      className="rp-combobox"
      aria-label={label}
      items={ctl.search.options}
      selectedKey={multiple || single === null ? null : String(single)}
      onSelectionChange={ctl.onSelectionChange}
      inputValue={ctl.inputValue}
      onInputChange={ctl.onInputChange}
      onOpenChange={ctl.onOpenChange}
      allowsEmptyCollection
      isDisabled={ctl.disabled}
      isInvalid={ctl.invalid}
      isRequired={ctl.required && (!multiple || ctl.ids.length === 0)}
      aria-describedby={ctl.describedBy || undefined}
      onBlur={ctl.onBlur}
    >
      <div ref={control} className="rp-control" onKeyDownCapture={(e) => ctl.noteKey(e.key)}>
        <Input id={ctl.inputId} className="w-input rp-input" placeholder={field.placeholder ?? (multiple ? t("typeToAdd") : t("typeToSearch"))} />
        <Button className="rp-toggle" aria-label={t("showOptions", { field: label })}>
          <span aria-hidden="true">▾</span>
        </Button>
      </div>
      <RelationOptionsPopover portalContainer={dialog} />
    </ComboBox>
  );
}
