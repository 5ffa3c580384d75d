import { Link } from "react-router";
import { useDocumentTitle } from "../ui/use-document-title.ts";
import { richText } from "../i18n/rich-text.tsx";
import { t } from "./messages.ts";

/** Unknown path, or `/r/:resource` for a resource the schema does not have (named). */
export function NotFoundPage({ resource }: { resource?: string }) {
  const title = resource !== undefined ? t("resourceNotFound") : t("pageNotFound");
  useDocumentTitle(title);
  return (
    <section>
      <div className="page-header">
        <h1>{title}</h1>
      </div>
      <p>
        {resource !== undefined ? (
          richText((v) => t("noSuchResource", v), { resource: <strong>“{resource}”</strong> })
        ) : (
          t("nothingHere")
        )}
      </p>
      <p>
        <Link to="/dashboard">{t("toDashboard")}</Link>
      </p>
    </section>
  );
}
