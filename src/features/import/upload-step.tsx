// Step 1: pick or drop a CSV/XLSX file; shows what detection chose (encoding, delimiter, quote
// character, header row) and lets the user override each, which parses the file again.
import { useId, useState, type DragEvent } from "react";
import type { ParsedTable, ParseOptions, TextEncodingName } from "./core/types.ts";
import { richText } from "../../i18n/rich-text.tsx";
import { useImportContext } from "./import-controller-context.tsx";
import { t } from "./messages.ts";

const ENCODINGS: TextEncodingName[] = ["utf-8", "utf-16le", "utf-16be", "windows-1252"];
const DELIMITERS: [string, () => string][] = [
  [",", () => t("comma")],
  [";", () => t("semicolon")],
  ["\t", () => t("tab")],
  ["|", () => t("pipe")],
];
const MAX_ROWS = 100_000;

export function UploadStep() {
  const { file, table, parsing, error, chooseFile } = useImportContext();
  return (
    <div>
      <DropZone onFile={chooseFile} />
      {parsing !== null && (
        <p role="status" className="muted">
          {t("reading", { fileName: file?.name ?? "" })}{" "}
          {parsing !== "started" && parsing.totalBytes > 0 ? t("readingProgress", { percent: Math.round((parsing.bytesRead / parsing.totalBytes) * 100), rows: parsing.rows }) : ""}
        </p>
      )}
      {error && (
        <p role="alert" className="alert">
          {error}
        </p>
      )}
      {table && parsing === null && <ParsedFile table={table} />}
    </div>
  );
}

function DropZone({ onFile }: { onFile(file: File): void }) {
  const id = useId();
  const [dragging, setDragging] = useState(false);
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    const f = e.dataTransfer.files[0];
    if (f) onFile(f);
  };
  return (
    <div
      className="drop-zone"
      data-dragging={dragging || undefined}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <label htmlFor={`${id}-file`} className="drop-label">
        {t("file")}
      </label>
      <input
        id={`${id}-file`}
        type="file"
        accept=".csv,.tsv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        onChange={(e) => {
          const f = e.target.files?.[0];
          if (f) onFile(f);
        }}
      />
      <p className="muted">{t("fileHint", { max: MAX_ROWS })}</p>
    </div>
  );
}

/** What was read: the counts, the detected dialect with overrides, the first rows. */
function ParsedFile({ table }: { table: ParsedTable }) {
  const { file, overrides, setOverrides } = useImportContext();
  const { meta } = table;
  return (
    <>
      <p role="status">
        {richText((v) => t(meta.sheetName ? "parsedSheet" : "parsedFile", v), { fileName: <strong>{meta.fileName || file?.name}</strong> }, { rows: meta.rowCount, columns: table.columns.length, sheet: meta.sheetName })}
      </p>
      <div className="dialect-grid">
        {meta.format === "csv" && <CsvDialect table={table} overrides={overrides} onOverrides={setOverrides} />}
        <label className="check">
          <input type="checkbox" checked={overrides.hasHeader ?? meta.hasHeader} onChange={(e) => setOverrides({ ...overrides, hasHeader: e.target.checked })} />
          {t("hasHeader")}
        </label>
      </div>
      {meta.raggedRows.length > 0 && (
        <p className="alert">
          {t("ragged", { count: meta.raggedRows.length })}
        </p>
      )}
      <FirstRows table={table} />
    </>
  );
}

function CsvDialect({ table: { meta }, overrides, onOverrides }: { table: ParsedTable; overrides: ParseOptions; onOverrides(o: ParseOptions): void }) {
  return (
    <>
      <label>
        {t("encoding")}
        <select className="input" value={overrides.encoding ?? meta.encoding} onChange={(e) => onOverrides({ ...overrides, encoding: e.target.value as TextEncodingName })}>
          {ENCODINGS.map((enc) => (
            <option key={enc} value={enc}>
              {enc}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t("delimiter")}
        <select className="input" value={overrides.delimiter ?? meta.delimiter} onChange={(e) => onOverrides({ ...overrides, delimiter: e.target.value })}>
          {DELIMITERS.map(([v, l]) => (
            <option key={v} value={v}>
              {l()}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t("quoteChar")}
        <select className="input" value={overrides.quoteChar ?? meta.quoteChar} onChange={(e) => onOverrides({ ...overrides, quoteChar: e.target.value })}>
          <option value={'"'}>{t("doubleQuote")}</option>
          <option value="'">{t("singleQuote")}</option>
        </select>
      </label>
    </>
  );
}

function FirstRows({ table }: { table: ParsedTable }) {
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label={t("firstRows")}>
      <table className="data-table">
        <caption className="visually-hidden">{t("firstRows")}</caption>
        <thead>
          <tr>
            {table.columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.slice(0, 5).map((row, i) => (
            <tr key={i}>
              {table.columns.map((c, ci) => (
                <td key={c}>{row[ci] ?? ""}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
