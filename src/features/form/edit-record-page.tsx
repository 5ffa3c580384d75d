// Route entry for /r/:resource/:id/edit (own lazy chunk): the edit form over the record and its
// ETag. Saving returns to the record.
import { useState } from "react";
import { Link, useNavigate, useParams } from "react-router";
import type { ResourceSchema } from "../../protocol/types.ts";
import type { Versioned } from "../../backend/types.ts";
import { useResource, useSchema } from "../../data/schema-context.tsx";
import { useRecord } from "../../data/use-record.ts";
import { canDelete, canEdit } from "../../protocol/permissions.ts";
import { useDocumentTitle } from "../../ui/use-document-title.ts";
import { showToast } from "../../ui/toast-store.ts";
import { RecordForm } from "./record-form.tsx";
import { SKIP_UNSAVED_GUARD } from "./unsaved-changes-guard.tsx";
import { DeleteRecordButton } from "./delete-record-button.tsx";
import { recordTitle } from "../../protocol/record-title.ts";
import { RecordLoadFailure } from "./record-load-failure.tsx";
import { t } from "./messages.ts";

export function EditRecordPage() {
  const { resource: name = "", id = "" } = useParams();
  const resource = useResource(name);
  if (!resource) return null;
  return <EditRecord key={`${resource.name}/${id}`} resource={resource} id={id} />;
}

function EditRecord({ resource, id }: { resource: ResourceSchema; id: string }) {
  const schema = useSchema();
  const navigate = useNavigate();
  const record = useRecord(resource, id);
  // The form opens on the server's current version (a cached copy is refreshed first) and keeps
  // that version: later refetches never reset what is typed; a newer server version surfaces as
  // a conflict on save.
  const [opened, setOpened] = useState<Versioned | undefined>(undefined);
  if (!opened && record.data && (!record.isFetching || record.isError)) setOpened(record.data);
  const title = recordTitle(resource, opened?.item, id);
  useDocumentTitle(t("editTitle", { title }), schema.title);
  const listUrl = `/r/${encodeURIComponent(resource.name)}`;
  const showUrl = `${listUrl}/${encodeURIComponent(id)}`;

  let content;
  if (!canEdit(resource)) {
    content = <p role="alert">{t("cannotEdit", { labelPlural: resource.label_plural.toLowerCase() })}</p>;
  } else if (!opened && record.isError) {
    content = <RecordLoadFailure resource={resource} error={record.error} onRetry={() => void record.refetch()} />;
  } else if (!opened) {
    content = (
      <p role="status" className="muted">
        {t("loading")}
      </p>
    );
  } else {
    content = (
      <RecordForm
        resource={resource}
        mode="edit"
        record={opened}
        onSaved={() => {
          showToast(t("savedToast", { label: resource.label }), { tone: "success", nextPage: true });
          void navigate(showUrl);
        }}
        onCancel={() => void navigate(showUrl)}
      />
    );
  }
  return (
    <section className="record-page">
      <p className="breadcrumb">
        <Link to={listUrl}>{resource.label_plural}</Link> / <Link to={showUrl}>{title}</Link>
      </p>
      <div className="page-header">
        <h1>{t("editTitle", { title })}</h1>
        <span className="header-spacer" />
        {opened && canDelete(resource) && (
          <DeleteRecordButton
            resource={resource}
            id={id}
            version={opened.version}
            title={title}
            onDeleted={() => {
              showToast(t("deletedToast", { label: resource.label }), { tone: "success", nextPage: true });
              void navigate(listUrl, { replace: true, state: SKIP_UNSAVED_GUARD });
            }}
          />
        )}
      </div>
      {content}
    </section>
  );
}
