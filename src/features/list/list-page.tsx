// Route entry for /r/:resource (its own small lazy chunk). It starts the page's request at once,
// while the list view's code (TanStack Table, menus, dialogs) still loads in parallel.
//
// The view's chunk is imported as soon as this module runs and swapped in through state, not
// React.lazy + <Suspense>: React 19 holds back the reveal of a suspended boundary until 300 ms
// after its fallback appeared, which kept the first rows off screen for up to that long.
import { useEffect, useState, type ComponentType } from "react";
import { useParams } from "react-router";
import type { ResourceSchema } from "../../protocol/types.ts";
import { useBackend } from "../../data/backend-context.tsx";
import { useResource } from "../../data/schema-context.tsx";
import { useListState } from "./use-list-state.ts";
import { useListData, useStartListRequests } from "./use-list-data.ts";
import { listColumnsOf } from "./list-query.ts";
import { RelationPrefetch } from "./relation-prefetch.tsx";

type ListViewComponent = ComponentType<{ resource: ResourceSchema }>;

let loadedView: ListViewComponent | null = null;
let viewLoad: Promise<ListViewComponent> | null = null;

/** The list view's chunk (started once; a failed load is retried on the next call). */
export function loadListView(): Promise<ListViewComponent> {
  viewLoad ??= import("./list-view.tsx").then(
    (m) => (loadedView = m.ListView),
    (error: unknown) => {
      viewLoad = null;
      throw error;
    },
  );
  return viewLoad;
}
void loadListView().catch(() => undefined);

/** The loaded list view, or null while its chunk loads (a failed load reaches the route's error screen). */
function useListView(): ListViewComponent | null {
  const [view, setView] = useState<ListViewComponent | null>(() => loadedView);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    if (view) return;
    let live = true;
    loadListView().then(
      (v) => live && setView(() => v),
      (e: unknown) => live && setError(e),
    );
    return () => {
      live = false;
    };
  }, [view]);
  if (error !== null) throw error;
  return view;
}

export function ListPage() {
  const { resource: name = "" } = useParams();
  const resource = useResource(name);
  const ListView = useListView();
  if (!resource) return null; // ResourceRoute shows the not-found page
  return (
    <>
      <ListRequest key={`request:${resource.name}`} resource={resource} />
      {ListView ? <ListView key={resource.name} resource={resource} /> : <ListLoading resource={resource} />}
    </>
  );
}

/** Subscribes to the page the view will show (same query key), so the request starts now, and
 * asks for its relation labels as soon as the rows arrive. */
function ListRequest({ resource }: { resource: ResourceSchema }) {
  const { query, maxPerPage } = useListState(resource, useBackend());
  useStartListRequests(resource, query, maxPerPage);
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
