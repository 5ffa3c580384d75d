import { Link } from "react-router";
import { useDocumentTitle } from "../ui/use-document-title.ts";

/** Unknown path, or `/r/:resource` for a resource the schema does not have (named). */
export function NotFoundPage({ resource }: { resource?: string }) {
  const title = resource !== undefined ? "Resource not found" : "Page not found";
  useDocumentTitle(title);
  return (
    <section>
      <div className="page-header">
        <h1>{title}</h1>
      </div>
      <p>
        {resource !== undefined ? (
          <>
            There is no resource named <strong>“{resource}”</strong> in this admin, or you may not see it.
          </>
        ) : (
          "There is nothing at this address."
        )}
      </p>
      <p>
        <Link to="/dashboard">Go to the dashboard</Link>
      </p>
    </section>
  );
}
