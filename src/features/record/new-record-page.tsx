// Placeholder for the create form (a later task brings the real one).
import { Link, useParams } from "react-router";
import { useResource, useSchema } from "../../data/schema-context.tsx";
import { canCreate } from "../../protocol/permissions.ts";
import { useDocumentTitle } from "../../ui/use-document-title.ts";

export function NewRecordPage() {
  const { resource: name = "" } = useParams();
  const resource = useResource(name);
  const schema = useSchema();
  const title = resource ? `New ${resource.label.toLowerCase()}` : "New record";
  useDocumentTitle(title, schema.title);
  if (!resource) return null;
  return (
    <section>
      <p className="breadcrumb">
        <Link to={`/r/${encodeURIComponent(resource.name)}`}>{resource.label_plural}</Link>
      </p>
      <div className="page-header">
        <h1>{title}</h1>
      </div>
      {canCreate(resource) ? (
        <p className="muted">The create form is not available yet.</p>
      ) : (
        <p role="alert">You cannot create {resource.label_plural.toLowerCase()}.</p>
      )}
    </section>
  );
}
