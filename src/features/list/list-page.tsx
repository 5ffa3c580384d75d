// Route entry for /r/:resource (its own small lazy chunk). While the list view's code (TanStack
// Table and the rest) still loads, it starts the page's request and shows a loading line; the view
// is swapped in when its chunk is there (list-modules.ts), and then asks for the page itself.
import { useParams } from "react-router";
import type { ResourceSchema } from "../../protocol/types.ts";
import { useBackend } from "../../data/backend-context.tsx";
import { useResource } from "../../data/schema-context.tsx";
import { usePageRelationLabels } from "../../data/use-relation-labels.ts";
import { useLazyModule } from "../../ui/lazy-module.ts";
import { relationIds } from "../../widgets/relation/relation-ids.ts";
import { useListState } from "./use-list-state.ts";
import { useListData, useListRequestStarter, useStartListRequests } from "./use-list-data.ts";
import { listColumnsOf } from "./list-query.ts";
import { listViewModule } from "./list-modules.ts";
import { t } from "./messages.ts";

void listViewModule.load().catch(() => undefined); // a failed load is retried, and reported, by the page

export function ListPage() {
  const { resource: name = "" } = useParams();
  const resource = useResource(name);
  const ListView = useLazyModule(listViewModule, true)?.ListView;
  if (!resource) return null; // ResourceRoute shows the not-found page
  if (ListView) return <ListView key={resource.name} resource={resource} />;
  return (
    <>
      <ListRequest key={`request:${resource.name}`} resource={resource} />
      <ListLoading resource={resource} />
    </>
  );
}

/** While the view's code loads: subscribes to the page the view will show (same query key), so
 * the request starts now, and asks for its relation labels as soon as the rows arrive. */
function ListRequest({ resource }: { resource: ResourceSchema }) {
  const { query, settings } = useListState(resource, useBackend());
  useStartListRequests(useListRequestStarter(resource), query, settings.maxPerPage);
  const { page } = useListData(resource, query, settings.maxPerPage, false);
  const items = page?.items ?? [];
  usePageRelationLabels(
    resource,
    listColumnsOf(resource)
      .filter((f) => resource.fields[f]?.relation)
      .map((field) => ({ field, ids: items.flatMap((it) => relationIds(it[field])) })),
  );
  return null;
}

function ListLoading({ resource }: { resource: ResourceSchema }) {
  return (
    <section aria-labelledby={`list-${resource.name}-loading`}>
      <div className="page-header">
        <h1 id={`list-${resource.name}-loading`}>{resource.label_plural}</h1>
      </div>
      <p role="status" className="muted">
        {t("loading", { labelPlural: resource.label_plural })}
      </p>
    </section>
  );
}
