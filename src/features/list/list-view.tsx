// The generic list of one resource, driven by its `ResourceSchema.list` and `features`: the
// headless controller (use-list-controller.ts) holds its state and logic, ListContext carries it,
// and the parts below each read what they need. A new list feature is a hook beside the
// controller's or a component beside these.
import type { ResourceSchema } from "../../protocol/types.ts";
import { useSchema } from "../../data/schema-context.tsx";
import { useDocumentTitle } from "../../ui/use-document-title.ts";
import { ListContext } from "./list-context.ts";
import { listDomIds } from "./list-dom-ids.ts";
import { ListFilters } from "./list-filters.tsx";
import { ListHeader } from "./list-header.tsx";
import { Pager } from "./pager.tsx";
import { ListAnnouncer, ListEmpty, ListLoadError, ListLoadingStatus, ListRefreshError, SortNotApplied } from "./list-states.tsx";
import { ListTable } from "./list-table.tsx";
import { ListToolbar } from "./list-toolbar.tsx";
import { ConfirmDeleteDialog } from "./row-actions.tsx";
import { SelectionBar } from "./selection-bar.tsx";
import { useListController } from "./use-list-controller.ts";
import "./list.css";

export interface ListViewProps {
  resource: ResourceSchema;
}

export function ListView({ resource }: ListViewProps) {
  const list = useListController(resource);
  useDocumentTitle(resource.label_plural, useSchema().title);
  const { page, rows, isError, deletion } = list;
  return (
    <ListContext value={list}>
      <section aria-labelledby={listDomIds(resource.name).heading} className={`list-view density-${list.columns.prefs.density}`}>
        <ListHeader />
        <ListToolbar />
        <ListFilters />
        <SortNotApplied />
        <SelectionBar />
        {isError && !page ? (
          <ListLoadError />
        ) : (
          <>
            <ListTable />
            {page && rows.length === 0 && !isError && <ListEmpty />}
            {!page && <ListLoadingStatus />}
            {isError && page && <ListRefreshError />}
            <Pager />
          </>
        )}
        <ListAnnouncer />
        <ConfirmDeleteDialog open={deletion.confirming !== null} what={deletion.confirming?.label ?? ""} onConfirm={deletion.confirm} onCancel={deletion.cancel} />
      </section>
    </ListContext>
  );
}
