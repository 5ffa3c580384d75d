// The list's `Export` button and its dialog ("Export <label_plural>"): rows (all matching the
// current query, or the selected ones), format (CSV, JSON, XLSX), columns (default: the list's
// visible columns; GDPR fields only when ticked in), labels or raw values. Uses the backend's
// export endpoint where it honours the request, otherwise pages through the list here.
import { useRef, useState } from "react";
import { Dialog, Heading, Modal, ModalOverlay } from "react-aria-components";
import type { ExportFormat, ListQuery } from "../../backend/types.ts";
import { useBackend } from "../../data/backend-context.tsx";
import { fieldLabel } from "../../protocol/labels.ts";
import { canExport } from "../../protocol/permissions.ts";
import type { ResourceSchema } from "../../protocol/types.ts";
import { showToast } from "../../ui/toast-store.ts";
import { TaskProgress } from "../bulk/task-progress.tsx";
import { failureMessage } from "../bulk/bulk-operations.ts";
import type { ListSelection } from "../list/list-selection.ts";
import { selectionCount } from "../list/list-selection.ts";
import { buildExport, downloadBlob, type ExportFileFormat } from "./build-export.ts";
import type { ValueMode } from "./export-values.ts";
import "../bulk/bulk.css";

export interface ExportButtonProps {
  resource: ResourceSchema;
  /** The list's current query (search, filters, sort); page/perPage are ignored. */
  query: ListQuery;
  selection: ListSelection;
  /** The list's visible columns, in order: the default export columns. */
  visibleColumns: string[];
}

/** Whether the backend's export endpoint gives exactly the requested rows. */
export function serverExportFits(caps: ReturnType<ReturnType<typeof useBackend>["capabilities"]>, scope: "all" | "selected", selection: ListSelection, query: ListQuery, format: ExportFormat): boolean {
  const server = caps.exportServer;
  if (!server || !server.formats.includes(format)) return false;
  if (server.honoursQuery) return true;
  if (scope === "selected") return selection.kind === "ids" && server.selected;
  const plain = !query.search?.trim() && (query.filters ?? []).length === 0 && (query.sort ?? []).length === 0;
  return plain;
}

function stamp(): string {
  return new Date().toISOString().slice(0, 19).replace(/[:T]/g, "-");
}

export function ExportButton({ resource, query, selection, visibleColumns }: ExportButtonProps) {
  const [open, setOpen] = useState(false);
  if (!canExport(resource)) return null;
  return (
    <>
      <button type="button" className="btn" onClick={() => setOpen(true)}>
        Export
      </button>
      {open && <ExportDialog resource={resource} query={query} selection={selection} visibleColumns={visibleColumns} onClose={() => setOpen(false)} />}
    </>
  );
}

type Phase = { step: "form" } | { step: "running"; done: number; total: number | null } | { step: "error"; message: string };

export function ExportDialog({ resource, query, selection, visibleColumns, onClose }: ExportButtonProps & { onClose: () => void }) {
  const backend = useBackend();
  const caps = backend.capabilities();
  const selected = selectionCount(selection);
  // Secrets (password fields) are never offered.
  const allFields = Object.keys(resource.fields).filter((c) => resource.fields[c]?.widget !== "password");
  const ordered = [...visibleColumns.filter((c) => allFields.includes(c)), ...allFields.filter((c) => !visibleColumns.includes(c))];
  const gdprFields = ordered.filter((c) => resource.fields[c]?.gdpr);
  const [scope, setScope] = useState<"all" | "selected">(selected > 0 ? "selected" : "all");
  const [format, setFormat] = useState<ExportFileFormat>("csv");
  const [valueMode, setValueMode] = useState<ValueMode>("label");
  const [columns, setColumns] = useState<string[]>(() => {
    const base = visibleColumns.filter((c) => allFields.includes(c));
    return base.length > 0 ? base : ordered.slice(0, 10);
  });
  const [includeGdpr, setIncludeGdpr] = useState(false);
  const [useServer, setUseServer] = useState(true);
  const [phase, setPhase] = useState<Phase>({ step: "form" });
  const abortRef = useRef<AbortController | null>(null);

  const effectiveColumns = ordered.filter((c) => columns.includes(c) && (includeGdpr || !resource.fields[c]?.gdpr));
  const serverFits = backend.exportServer !== undefined && serverExportFits(caps, scope, selection, query, format) && (gdprFields.length === 0 || includeGdpr);
  const title = `Export ${resource.label_plural}`;

  const close = () => {
    abortRef.current?.abort();
    onClose();
  };

  async function start() {
    const controller = new AbortController();
    abortRef.current = controller;
    setPhase({ step: "running", done: 0, total: scope === "selected" ? selected : null });
    try {
      const fileName = `${resource.name}-${stamp()}.${format}`;
      let blob: Blob;
      if (serverFits && useServer && backend.exportServer) {
        const ids = scope === "selected" && selection.kind === "ids" ? selection.ids : undefined;
        blob = await backend.exportServer(resource, format, ids, { signal: controller.signal });
      } else {
        const { page: _p, perPage: _pp, ...rest } = query;
        const source =
          scope === "selected"
            ? selection.kind === "ids"
              ? ({ kind: "items", items: selection.items } as const)
              : ({ kind: "query", query: { ...selection.query, page: 1, perPage: caps.maxPerPage } } as const)
            : ({ kind: "query", query: { ...rest, page: 1, perPage: caps.maxPerPage } } as const);
        blob = await buildExport(backend, {
          resource,
          source,
          columns: effectiveColumns,
          format,
          valueMode,
          signal: controller.signal,
          onProgress: (done, total) => setPhase({ step: "running", done, total }),
        });
      }
      if (controller.signal.aborted) return;
      downloadBlob(blob, fileName);
      showToast(`Exported ${resource.label_plural.toLowerCase()} to ${fileName}`, { tone: "success" });
      onClose();
    } catch (e) {
      if (controller.signal.aborted) return;
      setPhase({ step: "error", message: failureMessage(e) });
    }
  }

  const toggleColumn = (c: string, on: boolean) => setColumns((cols) => (on ? [...cols, c] : cols.filter((x) => x !== c)));

  return (
    <ModalOverlay className="modal-overlay" isOpen isDismissable={phase.step !== "running"} onOpenChange={(o) => !o && close()}>
      <Modal className="modal modal-wide">
        <Dialog className="dialog" aria-label={title}>
          <Heading slot="title">{title}</Heading>
          {phase.step === "running" ? (
            <>
              <TaskProgress label="Exporting rows" done={phase.done} total={phase.total} />
              <div className="dialog-actions">
                <button type="button" className="btn" onClick={close}>
                  Cancel
                </button>
              </div>
            </>
          ) : (
            <form
              onSubmit={(e) => {
                e.preventDefault();
                void start();
              }}
            >
              <fieldset className="choice-list">
                <legend className="muted">Rows</legend>
                <label>
                  <input type="radio" name="scope" checked={scope === "all"} onChange={() => setScope("all")} />
                  All matching the current search and filters
                </label>
                <label>
                  <input type="radio" name="scope" checked={scope === "selected"} disabled={selected === 0} onChange={() => setScope("selected")} />
                  Selected rows ({selected.toLocaleString()})
                </label>
              </fieldset>
              <fieldset className="choice-list">
                <legend className="muted">Format</legend>
                {(["csv", "json", "xlsx"] as const).map((f) => (
                  <label key={f}>
                    <input type="radio" name="format" checked={format === f} onChange={() => setFormat(f)} />
                    {f.toUpperCase()}
                  </label>
                ))}
              </fieldset>
              <fieldset className="choice-list">
                <legend className="muted">Selects and relations</legend>
                <label>
                  <input type="radio" name="values" checked={valueMode === "label"} onChange={() => setValueMode("label")} />
                  Labels
                </label>
                <label>
                  <input type="radio" name="values" checked={valueMode === "raw"} onChange={() => setValueMode("raw")} />
                  Raw values
                </label>
              </fieldset>
              <fieldset className="choice-list">
                <legend className="muted">Columns</legend>
                {ordered.map((c) => {
                  const gdpr = resource.fields[c]?.gdpr === true;
                  return (
                    <label key={c}>
                      <input type="checkbox" checked={columns.includes(c) && (!gdpr || includeGdpr)} disabled={gdpr && !includeGdpr} onChange={(e) => toggleColumn(c, e.target.checked)} />
                      {fieldLabel(c, resource.fields[c])}
                      {gdpr ? " (personal data)" : ""}
                    </label>
                  );
                })}
              </fieldset>
              {gdprFields.length > 0 && (
                <div>
                  <label>
                    <input
                      type="checkbox"
                      checked={includeGdpr}
                      onChange={(e) => {
                        setIncludeGdpr(e.target.checked);
                        if (e.target.checked) setColumns((cols) => [...new Set([...cols, ...gdprFields])]);
                      }}
                    />{" "}
                    Include personal data (GDPR)
                  </label>
                  {includeGdpr && (
                    <p className="alert" role="alert">
                      The file will contain personal data ({gdprFields.map((c) => fieldLabel(c, resource.fields[c])).join(", ")}). Store and share it only as
                      your data-protection rules allow.
                    </p>
                  )}
                </div>
              )}
              {serverFits && (
                <label>
                  <input type="checkbox" checked={useServer} onChange={(e) => setUseServer(e.target.checked)} /> Let the server build the file (faster; the
                  server's own columns and values)
                </label>
              )}
              {phase.step === "error" && (
                <p className="alert" role="alert">
                  {phase.message}
                </p>
              )}
              <div className="dialog-actions">
                <button type="button" className="btn" onClick={close}>
                  Cancel
                </button>
                <button type="submit" className="btn btn-primary" disabled={effectiveColumns.length === 0 && !(serverFits && useServer)}>
                  Export
                </button>
              </div>
            </form>
          )}
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
