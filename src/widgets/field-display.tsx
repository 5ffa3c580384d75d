import { fieldLabel } from "../protocol/labels.ts";
import type { WidgetDisplayProps } from "./types.ts";
import { useWidgetRegistry } from "./widget-registry-context.tsx";
import { MaskedValue } from "./gdpr-marker.tsx";
import { isEmptyValue } from "./shared/is-empty.ts";

/**
 * The display for a field's value via the app's widget registry. With `maskPersonalData`, values of
 * `gdpr: true` fields stay hidden behind a "Reveal" button.
 */
export function FieldDisplay(props: WidgetDisplayProps & { maskPersonalData?: boolean }) {
  const { maskPersonalData, ...display } = props;
  const { Display } = useWidgetRegistry().widgetFor(props.field);
  const node = <Display {...display} />;
  if (maskPersonalData && props.field.gdpr && !isEmptyValue(props.value)) {
    return <MaskedValue label={fieldLabel(props.name, props.field)}>{node}</MaskedValue>;
  }
  return node;
}
