// Route entry for /r/:resource/new (own lazy chunk): the create form, pre-filled from a record
// with `?duplicate=<id>`. Saving opens the new record.
import { Link, useNavigate, useParams, useSearchParams } from "react-router";
import type { ResourceSchema } from "../../protocol/types.ts";
import { useBackend } from "../../data/backend-context.tsx";
import { useResource, useSchema } from "../../data/schema-context.tsx";
import { useRecord } from "../../data/use-record.ts";
import { canCreate, canDuplicate } from "../../protocol/permissions.ts";
import { useDocumentTitle } from "../../ui/use-document-title.ts";
import { RecordForm } from "./record-form.tsx";
import { duplicateValues } from "./form-values.ts";
import { recordLoadError } from "./record-load-error.ts";
import { t } from "./messages.ts";

export function NewRecordPage() {
  const { resource: name = "" } = useParams();
  const [search] = useSearchParams();
  const resource = useResource(name);
  if (!resource) return null;
  const duplicate = search.get("duplicate");
  return <NewRecord key={`${resource.name}/${duplicate ?? ""}`} resource={resource} duplicateOf={duplicate} />;
}

function NewRecord({ resource, duplicateOf }: { resource: ResourceSchema; duplicateOf: string | null }) {
  const schema = useSchema();
  const backend = useBackend();
  const navigate = useNavigate();
  const source = useRecord(resource, duplicateOf && canDuplicate(resource) ? duplicateOf : null);
  const title = t(duplicateOf ? "duplicateRecord" : "newRecord", { label: resource.label.toLowerCase() });
  useDocumentTitle(title, schema.title);
  const listUrl = `/r/${encodeURIComponent(resource.name)}`;

  let content;
  if (!canCreate(resource) || (duplicateOf && !canDuplicate(resource))) {
    content = <p role="alert">{t(duplicateOf ? "cannotDuplicate" : "cannotCreate", { labelPlural: resource.label_plural.toLowerCase() })}</p>;
  } else if (duplicateOf && source.isError) {
    content = (
      <div className="error-state" role="alert">
        <p>{recordLoadError(resource, source.error)}</p>
        <button type="button" className="btn" onClick={() => void source.refetch()}>
          {t("retry")}
        </button>
      </div>
    );
  } else if (duplicateOf && !source.data) {
    content = (
      <p role="status" className="muted">
        {t("loading")}
      </p>
    );
  } else {
    content = (
      <RecordForm
        resource={resource}
        mode="create"
        initialValues={source.data ? duplicateValues(resource, source.data.item) : undefined}
        onSaved={(saved) => {
          let id: string | null;
          try {
            id = String(backend.idOf(resource, saved.item));
          } catch {
            id = null;
          }
          void navigate(id ? `${listUrl}/${encodeURIComponent(id)}` : listUrl, { replace: true });
        }}
        onCancel={() => void navigate(duplicateOf ? `${listUrl}/${encodeURIComponent(duplicateOf)}` : listUrl)}
      />
    );
  }
  return (
    <section className="record-page">
      <p className="breadcrumb">
        <Link to={listUrl}>{resource.label_plural}</Link>
      </p>
      <div className="page-header">
        <h1>{title}</h1>
      </div>
      {content}
    </section>
  );
}
