// The export dialog's state and actions (ra-core style: one typed result the parts read from).
// Offers every non-secret field as a column, the list's visible ones ticked; personal data only
// once opted in; the one-request server fetch only where it gives exactly the requested rows.
// Where the ticked columns name no record (its name-like fields are personal data, say), the
// record id is ticked too, so every exported row still says which record it is.
import { useRef, useState } from "react";
import { useBackend } from "../../data/backend-context.tsx";
import { fieldLabel } from "../../protocol/labels.ts";
import { titleFields } from "../../protocol/record-title.ts";
import { showToast } from "../../ui/toast-store.ts";
import { failureMessage } from "../shared/failure-message.ts";
import { selectionCount } from "../shared/list-selection.ts";
import { downloadBlob } from "../../lib/download-blob.ts";
import { buildExport } from "./build-export.ts";
import { needsIdColumn, RECORD_ID_COLUMN } from "./export-values.ts";
import { serverExportFits } from "./server-export.ts";
import type { ColumnChoice, ExportController, ExportDialogProps, ExportOptions, ExportPhase, ExportSource } from "./types.ts";
import { t } from "./messages.ts";

function stamp(): string {
  return new Date().toISOString().slice(0, 19).replace(/[:T]/g, "-");
}

export function useExportController({ resource, query, selection, visibleColumns, onClose }: ExportDialogProps): ExportController {
  const backend = useBackend();
  const caps = backend.capabilities();
  const selectedCount = selectionCount(selection);
  // Secrets (password fields) are never offered.
  const idColumn = needsIdColumn(resource) ? [RECORD_ID_COLUMN] : [];
  const idName = needsIdColumn(resource) ? RECORD_ID_COLUMN : Object.hasOwn(resource.fields, "id") ? "id" : "_id";
  const allFields = [...idColumn, ...Object.keys(resource.fields).filter((c) => resource.fields[c]?.widget !== "password")];
  const ordered = [...visibleColumns.filter((c) => allFields.includes(c)), ...allFields.filter((c) => !visibleColumns.includes(c))];
  const gdprFields = ordered.filter((c) => resource.fields[c]?.gdpr);
  const [options, setOptions] = useState<ExportOptions>(() => {
    const visible = visibleColumns.filter((c) => allFields.includes(c));
    const initial = visible.length > 0 ? visible : ordered.slice(0, 10);
    const names = titleFields(resource);
    const identified = initial.some((c) => names.includes(c) || c === "id" || c === "_id");
    return {
      scope: selectedCount > 0 ? "selected" : "all",
      format: "csv",
      valueMode: "label",
      columns: identified ? initial : [...new Set([idName, ...initial])],
      includeGdpr: false,
      useServer: true,
    };
  });
  const [phase, setPhase] = useState<ExportPhase>({ step: "form" });
  const abortRef = useRef<AbortController | null>(null);

  const chosen = ordered.filter((c) => options.columns.includes(c) && (options.includeGdpr || !resource.fields[c]?.gdpr));
  const serverFits = backend.exportServer !== undefined && serverExportFits(caps, options.scope, query);
  const columns: ColumnChoice[] = ordered.map((name) => {
    const gdpr = resource.fields[name]?.gdpr === true;
    return { name, label: fieldLabel(name, resource.fields[name]), gdpr, checked: chosen.includes(name), disabled: gdpr && !options.includeGdpr };
  });

  function sourceOf(): ExportSource {
    if (options.scope === "selected") {
      return selection.kind === "ids" ? { kind: "items", items: selection.items } : { kind: "query", query: { ...selection.query, page: 1, perPage: caps.maxPerPage } };
    }
    if (serverFits && options.useServer) return { kind: "server" };
    return { kind: "query", query: { ...query, page: 1, perPage: caps.maxPerPage } };
  }

  async function run() {
    const controller = new AbortController();
    abortRef.current = controller;
    const source = sourceOf();
    const detail = source.kind === "server" ? t("waitingForServer") : undefined;
    setPhase({ step: "running", done: 0, total: options.scope === "selected" ? selectedCount : null, detail });
    try {
      const fileName = `${resource.name}-${stamp()}.${options.format}`;
      const blob = await buildExport(backend, {
        resource,
        source,
        columns: chosen,
        format: options.format,
        valueMode: options.valueMode,
        signal: controller.signal,
        onProgress: (done, total) => setPhase({ step: "running", done, total }),
      });
      if (controller.signal.aborted) return;
      downloadBlob(blob, fileName);
      showToast(t("exported", { labelPlural: resource.label_plural.toLowerCase(), file: fileName }), { tone: "success" });
      onClose();
    } catch (e) {
      if (controller.signal.aborted) return;
      setPhase({ step: "error", message: failureMessage(e) });
    }
  }

  return {
    title: t("title", { labelPlural: resource.label_plural }),
    phase,
    options,
    update: (patch) => setOptions((o) => ({ ...o, ...patch })),
    selectedCount,
    columns,
    toggleColumn: (name, on) => setOptions((o) => ({ ...o, columns: on ? [...o.columns, name] : o.columns.filter((c) => c !== name) })),
    gdprLabels: gdprFields.map((c) => fieldLabel(c, resource.fields[c])),
    setIncludeGdpr: (on) => setOptions((o) => ({ ...o, includeGdpr: on, columns: on ? [...new Set([...o.columns, ...gdprFields])] : o.columns })),
    serverFits,
    canStart: chosen.length > 0,
    start: () => void run(),
    close: () => {
      abortRef.current?.abort();
      onClose();
    },
  };
}
