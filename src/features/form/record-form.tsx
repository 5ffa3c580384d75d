// The one generic record form: every resource, create and edit, laid out from `form.groups`,
// validated from FieldSchema, saved with only the changed fields and the record's ETag, with
// conflict resolution, server error mapping, drafts, an unsaved-changes guard and resume after
// re-authentication. Used by the record pages and (embedded) by the relation picker's
// "Create new" dialog. The logic is the controller's (useRecordFormController); the parts below
// read what they show from its context.
import { useRecordFormController } from "./use-record-form-controller.ts";
import { useFormSchema } from "./use-form-schema.ts";
import { RecordFormContext } from "./record-form-context.ts";
import { DraftBanner } from "./draft-banner.tsx";
import { FormErrorSummary } from "./form-error-summary.tsx";
import { ResumeNotice } from "./resume-notice.tsx";
import { RecordFormFields } from "./record-form-fields.tsx";
import { FormActionBar } from "./form-action-bar.tsx";
import { RecordFormConflict } from "./record-form-conflict.tsx";
import { RecordFormGuard } from "./record-form-guard.tsx";
import type { RecordFormControllerProps } from "./types.ts";
import { t } from "./messages.ts";
import "./form.css";

export interface RecordFormProps extends RecordFormControllerProps {
  onCancel: () => void;
}

/** Loads the create-mode schema where the dialect has one, then the form. */
export function RecordForm(props: RecordFormProps) {
  const schema = useFormSchema(props.resource, props.mode);
  if (schema.pending) {
    return (
      <p role="status" className="muted">
        {t("loadingForm")}
      </p>
    );
  }
  return <RecordFormBody {...props} resource={schema.resource} />;
}

function RecordFormBody({ onCancel, ...props }: RecordFormProps) {
  const controller = useRecordFormController(props);
  const label = controller.resource.label.toLowerCase();
  return (
    <RecordFormContext value={controller}>
      <form
        ref={controller.formRef}
        className="record-form"
        noValidate
        onSubmit={controller.submit}
        aria-label={t(controller.mode === "create" ? "newRecord" : "editRecord", { label })}
      >
        <DraftBanner />
        <FormErrorSummary />
        <ResumeNotice />
        <RecordFormFields />
        <FormActionBar onCancel={onCancel} />
        <RecordFormConflict />
        <RecordFormGuard />
      </form>
    </RecordFormContext>
  );
}
