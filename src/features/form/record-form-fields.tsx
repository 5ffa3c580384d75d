// The record form's fields, section by section, each bound to the controller's form state.
import { Controller } from "react-hook-form";
import { FormSectionFrame } from "./form-section-frame.tsx";
import { FormField } from "./form-field.tsx";
import { formField } from "./form-layout.ts";
import { useRecordFormContext } from "./record-form-context.ts";

export function RecordFormFields() {
  const { sections } = useRecordFormContext();
  return sections.map((section, si) => (
    <FormSectionFrame key={si} section={section} headingId={`rf-s-${si}`}>
      <div className="rf-grid">
        {section.fields.map((name) => (
          <RecordFormField key={name} name={name} />
        ))}
      </div>
    </FormSectionFrame>
  ));
}

function RecordFormField({ name }: { name: string }) {
  const { resource, form, keyOf, reportInvalidInput } = useRecordFormContext();
  const field = formField(resource, name);
  const key = keyOf(name);
  if (!field || !key) return null;
  return (
    <Controller
      control={form.control}
      name={key}
      render={({ field: ctl, fieldState }) => (
        <FormField
          name={name}
          field={field}
          value={ctl.value}
          onChange={ctl.onChange}
          onBlur={ctl.onBlur}
          onInvalidInput={(message) => reportInvalidInput(name, message)}
          error={fieldState.error?.message}
        />
      )}
    />
  );
}
