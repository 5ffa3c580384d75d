// Route entry for /r/:resource (its own small lazy chunk). It starts the page's request at once,
// while the list view's code (TanStack Table, menus, dialogs) still loads in parallel.
import { lazy, Suspense } from "react";
import { useParams } from "react-router";
import type { ResourceSchema } from "../../protocol/types.ts";
import { useBackend } from "../../data/backend-context.tsx";
import { useResource } from "../../data/schema-context.tsx";
import { useListState } from "./use-list-state.ts";
import { useListData } from "./use-list-data.ts";
import { listColumnsOf } from "./list-columns.ts";
import { RelationPrefetch } from "./relation-prefetch.tsx";

const ListView = lazy(() => import("./list-view.tsx").then((m) => ({ default: m.ListView })));

export function ListPage() {
  const { resource: name = "" } = useParams();
  const resource = useResource(name);
  if (!resource) return null; // ResourceRoute shows the not-found page
  return (
    <>
      <ListRequest key={`request:${resource.name}`} resource={resource} />
      <Suspense fallback={<ListLoading resource={resource} />}>
        <ListView key={resource.name} resource={resource} />
      </Suspense>
    </>
  );
}

/** Subscribes to the page the view will show (same query key), so the request starts now, and
 * asks for its relation labels as soon as the rows arrive. */
function ListRequest({ resource }: { resource: ResourceSchema }) {
  const { query, maxPerPage } = useListState(resource, useBackend());
  const { data } = useListData(resource, query, maxPerPage, false);
  if (!data) return null;
  return listColumnsOf(resource)
    .filter((f) => resource.fields[f]?.relation)
    .map((f) => <RelationPrefetch key={f} resource={resource} field={f} ids={data.items.map((it) => it[f])} />);
}

function ListLoading({ resource }: { resource: ResourceSchema }) {
  return (
    <section aria-labelledby={`list-${resource.name}-loading`}>
      <div className="page-header">
        <h1 id={`list-${resource.name}-loading`}>{resource.label_plural}</h1>
      </div>
      <p role="status" className="muted">
        Loading {resource.label_plural}…
      </p>
    </section>
  );
}
