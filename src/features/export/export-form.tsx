// The export dialog's form: one small part per choice, each reading the controller.
import type { ExportFormat } from "../../backend/types.ts";
import { SERVER_OPTION_LABEL } from "./server-export.ts";
import type { ExportController } from "./types.ts";

interface PartProps {
  ctl: ExportController;
}

const FORMATS: ExportFormat[] = ["csv", "json", "xlsx"];

function RowsChoice({ ctl }: PartProps) {
  const { scope } = ctl.options;
  return (
    <fieldset className="choice-list">
      <legend className="muted">Rows</legend>
      <label>
        <input type="radio" name="scope" checked={scope === "all"} onChange={() => ctl.update({ scope: "all" })} />
        All matching the current search and filters
      </label>
      <label>
        <input type="radio" name="scope" checked={scope === "selected"} disabled={ctl.selectedCount === 0} onChange={() => ctl.update({ scope: "selected" })} />
        Selected rows ({ctl.selectedCount.toLocaleString()})
      </label>
    </fieldset>
  );
}

function FormatChoice({ ctl }: PartProps) {
  return (
    <fieldset className="choice-list choice-inline">
      <legend className="muted">Format</legend>
      {FORMATS.map((f) => (
        <label key={f}>
          <input type="radio" name="format" checked={ctl.options.format === f} onChange={() => ctl.update({ format: f })} />
          {f.toUpperCase()}
        </label>
      ))}
    </fieldset>
  );
}

function ValuesChoice({ ctl }: PartProps) {
  const { valueMode } = ctl.options;
  return (
    <fieldset className="choice-list">
      <legend className="muted">Selects and relations</legend>
      <label>
        <input type="radio" name="values" checked={valueMode === "label"} onChange={() => ctl.update({ valueMode: "label" })} />
        Labels
      </label>
      <label>
        <input type="radio" name="values" checked={valueMode === "raw"} onChange={() => ctl.update({ valueMode: "raw" })} />
        Raw values
      </label>
    </fieldset>
  );
}

function ColumnsChoice({ ctl }: PartProps) {
  return (
    <fieldset className="choice-list choice-columns">
      <legend className="muted">Columns</legend>
      {ctl.columns.map((c) => (
        <label key={c.name}>
          <input type="checkbox" checked={c.checked} disabled={c.disabled} onChange={(e) => ctl.toggleColumn(c.name, e.target.checked)} />
          {c.label}
          {c.gdpr ? " (personal data)" : ""}
        </label>
      ))}
    </fieldset>
  );
}

function GdprChoice({ ctl }: PartProps) {
  if (ctl.gdprLabels.length === 0) return null;
  return (
    <div className="export-gdpr">
      <label>
        <input type="checkbox" checked={ctl.options.includeGdpr} onChange={(e) => ctl.setIncludeGdpr(e.target.checked)} /> Include personal data (GDPR)
      </label>
      {ctl.options.includeGdpr && (
        <p className="alert" role="alert">
          The file will contain personal data ({ctl.gdprLabels.join(", ")}). Store and share it only as your data-protection rules allow.
        </p>
      )}
    </div>
  );
}

export function ExportForm({ ctl }: PartProps) {
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        ctl.start();
      }}
    >
      <RowsChoice ctl={ctl} />
      <FormatChoice ctl={ctl} />
      <ValuesChoice ctl={ctl} />
      {/* the opt-in comes before the columns it unlocks */}
      <GdprChoice ctl={ctl} />
      <ColumnsChoice ctl={ctl} />
      {ctl.serverFits && (
        <label className="export-option">
          <input type="checkbox" checked={ctl.options.useServer} onChange={(e) => ctl.update({ useServer: e.target.checked })} /> {SERVER_OPTION_LABEL}
        </label>
      )}
      {ctl.phase.step === "error" && (
        <p className="alert" role="alert">
          {ctl.phase.message}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="btn" onClick={ctl.close}>
          Cancel
        </button>
        <button type="submit" className="btn btn-primary" disabled={!ctl.canStart}>
          Export
        </button>
      </div>
    </form>
  );
}
