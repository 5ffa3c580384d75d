import { Link } from "react-router";
import { useSchema } from "../../data/schema-context.tsx";
import { useDashboard } from "../../data/use-dashboard.ts";
import { useDocumentTitle } from "../../ui/use-document-title.ts";

/** Placeholder dashboard: one card per resource with its record count. */
export function DashboardPage() {
  const schema = useSchema();
  useDocumentTitle("Dashboard", schema.title);
  const counts = useDashboard();
  const countOf = new Map((counts.data?.models ?? []).map((m) => [m.resource, m.count] as const));
  const nf = new Intl.NumberFormat();

  return (
    <section>
      <div className="page-header">
        <h1>Dashboard</h1>
      </div>
      {counts.isError && (
        <p className="alert" role="alert">
          Could not load the record counts: {counts.error instanceof Error ? counts.error.message : "unknown error"}
        </p>
      )}
      <ul className="card-grid" aria-busy={counts.isPending}>
        {schema.resources.map((r) => {
          const count = countOf.get(r.name);
          return (
            <li key={r.name}>
              <Link to={`/r/${encodeURIComponent(r.name)}`} className="stat-card">
                <span className="stat-label">{r.label_plural}</span>
                <br />
                <span className="stat-value">{count !== undefined ? nf.format(count) : counts.isPending ? "…" : "—"}</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
