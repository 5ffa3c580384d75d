// Route entry for /r/:resource/import (own lazy chunk): the import wizard as a page.
import { Link, useNavigate, useParams } from "react-router";
import { useResource } from "../../data/schema-context.tsx";
import { canCreate } from "../../protocol/permissions.ts";
import { useDocumentTitle } from "../../ui/use-document-title.ts";
import { ImportWizard } from "./import-wizard.tsx";
import { t } from "./messages.ts";

export function ImportPage() {
  const { resource: name = "" } = useParams();
  const resource = useResource(name);
  const navigate = useNavigate();
  useDocumentTitle(resource ? t("title", { labelPlural: resource.label_plural }) : t("pageTitle"));
  if (!resource) return null;
  const listPath = `/r/${encodeURIComponent(resource.name)}`;
  return (
    <section>
      <p className="breadcrumb">
        <Link to={listPath}>{resource.label_plural}</Link>
      </p>
      <div className="page-header">
        <h1>{t("title", { labelPlural: resource.label_plural })}</h1>
      </div>
      {canCreate(resource) ? (
        <ImportWizard resource={resource} onClose={() => void navigate(listPath)} />
      ) : (
        <p className="muted">{t("cannotCreate", { labelPlural: resource.label_plural.toLowerCase() })}</p>
      )}
    </section>
  );
}
