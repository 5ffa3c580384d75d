// The form-level error (role="alert"): why the form was not saved, and what belongs to no field.
import { useRecordFormContext } from "./record-form-context.ts";

export function FormErrorSummary() {
  const { formError, alertRef } = useRecordFormContext();
  if (!formError) return null;
  return (
    <div className="rf-form-error" role="alert" ref={alertRef} tabIndex={-1}>
      {formError.map((m, i) => (
        <p key={i}>{m}</p>
      ))}
    </div>
  );
}
