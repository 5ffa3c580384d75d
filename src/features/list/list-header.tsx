// The list's heading with Import, Export and Create. The import and export dialogs load after the
// first screen (their buttons are there at once).
import { useState } from "react";
import { Link } from "react-router";
import { canCreate, canExport } from "../../protocol/permissions.ts";
import { LazyModal } from "../../ui/lazy-popup.tsx";
import { lazyModule } from "../../ui/lazy-module.ts";
import { useListContext } from "./list-context.ts";
import { listDomIds } from "./list-dom-ids.ts";
import { t } from "./messages.ts";

const importDialog = lazyModule(() => import("../import/import-dialog.tsx"));
const exportDialog = lazyModule(() => import("../export/export-dialog.tsx"));

export function ListHeader() {
  const { resource, query, selection, columns } = useListContext();
  const [dialog, setDialog] = useState<"import" | "export" | null>(null);
  const close = () => setDialog(null);
  return (
    <>
      <div className="page-header">
        <h1 id={listDomIds(resource.name).heading}>{resource.label_plural}</h1>
        <div className="list-header-actions">
          {canCreate(resource) && (
            <button type="button" className="btn" aria-haspopup="dialog" onClick={() => setDialog("import")}>
              {t("importButton")}
            </button>
          )}
          {canExport(resource) && (
            <button type="button" className="btn" aria-haspopup="dialog" onClick={() => setDialog("export")}>
              {t("exportButton")}
            </button>
          )}
          <LazyModal module={importDialog} open={dialog === "import"} render={(m) => <m.ImportDialog resource={resource} onClose={close} />} />
          <LazyModal
            module={exportDialog}
            open={dialog === "export"}
            render={(m) => <m.ExportDialog resource={resource} query={query} selection={selection.selection} visibleColumns={columns.visible} onClose={close} />}
          />
          {canCreate(resource) && (
            <Link to="new" className="btn btn-primary">
              {t("create")}
            </Link>
          )}
        </div>
      </div>
      {resource.description && <p className="page-description">{resource.description}</p>}
    </>
  );
}
