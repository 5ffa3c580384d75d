// The bar over a selection: its count, "Select all N matching" once the whole page is selected,
// Clear selection, and the bulk actions (their code loads with the first selection).
import { lazy, Suspense } from "react";
import { useListContext } from "./list-context.ts";
import { t } from "./messages.ts";

const BulkToolbar = lazy(() => import("../bulk/bulk-toolbar.tsx").then((m) => ({ default: m.BulkToolbar })));

export function SelectionBar() {
  const { resource, selection, rows, total, refetch } = useListContext();
  if (selection.count === 0) return null;
  return (
    <div className="selection-bar" role="region" aria-label={t("selection")}>
      <span className="selection-count" aria-live="polite">
        {t("selectedCount", { count: selection.count })}
      </span>
      {selection.selection.kind === "ids" && selection.pageAll && total > rows.length && (
        <button type="button" className="link-button" onClick={selection.selectAllMatching}>
          {t("selectAllMatching", { total })}
        </button>
      )}
      <button type="button" className="link-button" onClick={selection.clear}>
        {t("clearSelection")}
      </button>
      <Suspense fallback={null}>
        <BulkToolbar
          resource={resource}
          selection={selection.selection}
          onDone={() => {
            selection.clear();
            refetch();
          }}
        />
      </Suspense>
    </div>
  );
}
