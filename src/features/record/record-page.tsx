// Placeholder record page: the record's fields, read-only. A later task brings the real form.
import { Link, useParams } from "react-router";
import type { ResourceSchema } from "../../protocol/types.ts";
import { useResource, useSchema } from "../../data/schema-context.tsx";
import { useRecord } from "../../data/use-record.ts";
import { useDocumentTitle } from "../../ui/use-document-title.ts";
import { isApiError } from "../../backend/api-error.ts";
import { ReadOnlyField } from "./read-only-field.tsx";

export function RecordPage() {
  const { resource: name = "", id = "" } = useParams();
  const resource = useResource(name);
  if (!resource) return null;
  return <RecordDetails key={`${resource.name}/${id}`} resource={resource} id={id} />;
}

function RecordDetails({ resource, id }: { resource: ResourceSchema; id: string }) {
  const schema = useSchema();
  const record = useRecord(resource, id);
  useDocumentTitle(`${resource.label} ${id}`, schema.title);
  const item = record.data?.item;
  const fields = Object.keys(resource.fields);

  return (
    <section>
      <p className="breadcrumb">
        <Link to={`/r/${encodeURIComponent(resource.name)}`}>{resource.label_plural}</Link>
      </p>
      <div className="page-header">
        <h1>
          {resource.label} {id}
        </h1>
      </div>
      {record.isError ? (
        <div className="error-state" role="alert">
          <p>
            {isApiError(record.error) && record.error.status === 404
              ? `This ${resource.label.toLowerCase()} does not exist (or was deleted).`
              : `Could not load this ${resource.label.toLowerCase()}: ${record.error instanceof Error ? record.error.message : "unknown error"}`}
          </p>
          <button type="button" className="btn" onClick={() => void record.refetch()}>
            Retry
          </button>
        </div>
      ) : !item ? (
        <p role="status" className="muted">
          Loading…
        </p>
      ) : (
        <div className="record-fields">
          {fields.map((f) => (
            <ReadOnlyField key={f} name={f} field={resource.fields[f]} value={item[f]} />
          ))}
        </div>
      )}
    </section>
  );
}
