// The plain per-resource list: heading, a real table of the first page, pagination, Create.
// A later task replaces it with the full TanStack Table list.
import { useMemo } from "react";
import { Link, useParams, useSearchParams } from "react-router";
import type { ListQuery } from "../../backend/types.ts";
import type { ResourceSchema } from "../../protocol/types.ts";
import { fieldLabel } from "../../protocol/labels.ts";
import { canCreate } from "../../protocol/permissions.ts";
import { useResource, useSchema } from "../../data/schema-context.tsx";
import { useResourceList } from "../../data/use-resource-list.ts";
import { useSession } from "../auth/session-context.ts";
import { useDocumentTitle } from "../../ui/use-document-title.ts";
import { formatCell } from "./format-cell.ts";
import { rangeText } from "./range-text.ts";
import { parseSortDefault } from "./parse-sort.ts";

export function PlainListPage() {
  const { resource: name = "" } = useParams();
  const resource = useResource(name);
  if (!resource) return null; // ResourceRoute shows the not-found page
  return <PlainList key={resource.name} resource={resource} />;
}

function columnsOf(resource: ResourceSchema): string[] {
  const cols = resource.list.fields.filter((f) => f in resource.fields);
  return cols.length > 0 ? cols : Object.keys(resource.fields).slice(0, 6);
}

function PlainList({ resource }: { resource: ResourceSchema }) {
  const schema = useSchema();
  const { backend } = useSession();
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number.parseInt(params.get("page") ?? "1", 10) || 1);
  const perPage = Math.min(resource.list.page_size > 0 ? resource.list.page_size : 25, backend.capabilities().maxPerPage || 100);
  const sort = useMemo(() => parseSortDefault(resource.list.sort_default, resource.fields), [resource]);
  const query: ListQuery = useMemo(() => ({ page, perPage, ...(sort.length > 0 ? { sort } : {}) }), [page, perPage, sort]);
  const list = useResourceList(resource, query);
  const columns = columnsOf(resource);
  useDocumentTitle(resource.label_plural, schema.title);

  const data = list.data;
  const total = data?.total ?? 0;
  const lastPage = Math.max(1, Math.ceil(total / perPage));
  const goTo = (p: number) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      if (p <= 1) next.delete("page");
      else next.set("page", String(p));
      return next;
    });

  const headingId = `list-${resource.name}-title`;
  return (
    <section aria-labelledby={headingId}>
      <div className="page-header">
        <h1 id={headingId}>{resource.label_plural}</h1>
        {canCreate(resource) && (
          <Link to="new" className="btn btn-primary">
            Create
          </Link>
        )}
      </div>
      {resource.description && <p className="page-description">{resource.description}</p>}

      {list.isError && !data ? (
        <div className="error-state" role="alert">
          <p>
            Could not load {resource.label_plural}: {list.error instanceof Error ? list.error.message : "unknown error"}
          </p>
          <button type="button" className="btn" onClick={() => void list.refetch()}>
            Retry
          </button>
        </div>
      ) : (
        <>
          <div className="table-wrap">
            <table className="data-table" aria-labelledby={headingId} aria-busy={list.isFetching}>
              <thead>
                <tr>
                  {columns.map((c) => (
                    <th key={c} scope="col">
                      {fieldLabel(c, resource.fields[c])}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {!data
                  ? Array.from({ length: Math.min(perPage, 8) }, (_, i) => (
                      <tr key={`skeleton-${i}`} aria-hidden="true">
                        {columns.map((c) => (
                          <td key={c}>
                            <span className="skeleton-bar" style={{ width: `${50 + ((i * 7 + c.length * 13) % 45)}%` }} />
                          </td>
                        ))}
                      </tr>
                    ))
                  : data.items.map((item, i) => {
                      let id: string | null = null;
                      try {
                        const raw = backend.idOf(resource, item);
                        id = raw === undefined || raw === null ? null : String(raw);
                      } catch {
                        id = null;
                      }
                      return (
                        <tr key={id ?? `row-${i}`}>
                          {columns.map((c, ci) => {
                            const cell = formatCell(item[c], resource.fields[c]);
                            const content = (
                              <span title={cell.title} className={cell.empty ? "muted" : undefined}>
                                {cell.empty ? <span aria-label="Empty">—</span> : cell.text}
                              </span>
                            );
                            return (
                              <td key={c} className={cell.numeric ? "num" : undefined}>
                                {ci === 0 && id !== null ? (
                                  <Link to={encodeURIComponent(id)}>{cell.empty ? `(${id})` : content}</Link>
                                ) : (
                                  content
                                )}
                              </td>
                            );
                          })}
                        </tr>
                      );
                    })}
              </tbody>
            </table>
          </div>
          {!list.isPending && !list.isError && data && data.items.length === 0 && (
            <div className="empty-state">
              <p>No {resource.label_plural.toLowerCase()} yet.</p>
            </div>
          )}
          {!data && (
            <p role="status" className="visually-hidden">
              Loading {resource.label_plural}…
            </p>
          )}
          {list.isError && data && (
            <p className="alert" role="alert">
              Could not refresh the list.{" "}
              <button type="button" className="btn" onClick={() => void list.refetch()}>
                Retry
              </button>
            </p>
          )}
          <div className="pager">
            <span className="range" aria-live="polite">
              {data ? rangeText(data.page, perPage, total, data.items.length) : " "}
            </span>
            <button type="button" className="btn" disabled={!data || page <= 1} onClick={() => goTo(page - 1)}>
              Previous page
            </button>
            <button type="button" className="btn" disabled={!data || page >= lastPage} onClick={() => goTo(page + 1)}>
              Next page
            </button>
          </div>
        </>
      )}
    </section>
  );
}
