// The export dialog's form: one small part per choice, each reading the controller.
import type { ExportFormat } from "../../backend/types.ts";
import { serverOptionLabel } from "./server-export.ts";
import type { ExportController } from "./types.ts";
import { t } from "./messages.ts";

interface PartProps {
  ctl: ExportController;
}

const FORMATS: ExportFormat[] = ["csv", "json", "xlsx"];

function RowsChoice({ ctl }: PartProps) {
  const { scope } = ctl.options;
  return (
    <fieldset className="choice-list">
      <legend className="muted">{t("rows")}</legend>
      <label>
        <input type="radio" name="scope" checked={scope === "all"} onChange={() => ctl.update({ scope: "all" })} />
        {t("allMatching")}
      </label>
      <label>
        <input type="radio" name="scope" checked={scope === "selected"} disabled={ctl.selectedCount === 0} onChange={() => ctl.update({ scope: "selected" })} />
        {t("selectedRows", { count: ctl.selectedCount })}
      </label>
    </fieldset>
  );
}

function FormatChoice({ ctl }: PartProps) {
  return (
    <fieldset className="choice-list choice-inline">
      <legend className="muted">{t("format")}</legend>
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
      <legend className="muted">{t("valuesLegend")}</legend>
      <label>
        <input type="radio" name="values" checked={valueMode === "label"} onChange={() => ctl.update({ valueMode: "label" })} />
        {t("labels")}
      </label>
      <label>
        <input type="radio" name="values" checked={valueMode === "raw"} onChange={() => ctl.update({ valueMode: "raw" })} />
        {t("rawValues")}
      </label>
    </fieldset>
  );
}

function ColumnsChoice({ ctl }: PartProps) {
  return (
    <fieldset className="choice-list choice-columns">
      <legend className="muted">{t("columns")}</legend>
      {ctl.columns.map((c) => (
        <label key={c.name}>
          <input type="checkbox" checked={c.checked} disabled={c.disabled} onChange={(e) => ctl.toggleColumn(c.name, e.target.checked)} />
          {c.label}
          {c.gdpr ? ` ${t("personalData")}` : ""}
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
        <input type="checkbox" checked={ctl.options.includeGdpr} onChange={(e) => ctl.setIncludeGdpr(e.target.checked)} /> {t("includePersonalData")}
      </label>
      {ctl.options.includeGdpr && (
        <p className="alert" role="alert">
          {t("personalDataWarning", { fields: ctl.gdprLabels.join(", ") })}
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
          <input type="checkbox" checked={ctl.options.useServer} onChange={(e) => ctl.update({ useServer: e.target.checked })} /> {serverOptionLabel()}
        </label>
      )}
      {ctl.phase.step === "error" && (
        <p className="alert" role="alert">
          {ctl.phase.message}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="btn" onClick={ctl.close}>
          {t("cancel")}
        </button>
        <button type="submit" className="btn btn-primary" disabled={!ctl.canStart}>
          {t("exportButton")}
        </button>
      </div>
    </form>
  );
}
