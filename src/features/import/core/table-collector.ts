// Assembles parsed rows (the first one possibly a header) into a ParsedTable.
import type { Cell, ParsedTable, ParseMeta } from "./types.ts";

/** Header cells → unique, non-empty names: blanks become "Column N", repeats get " (2)", " (3)". */
export function uniqueColumnNames(header: Cell[], width = header.length, columnName = "Column #"): string[] {
  const used = new Set<string>();
  const names: string[] = [];
  for (let i = 0; i < width; i++) {
    const raw = (header[i] ?? "").replace(/\s+/g, " ").trim();
    let name = raw === "" ? columnName.replace("#", String(i + 1)) : raw;
    if (used.has(name.toLowerCase())) {
      let n = 2;
      while (used.has(`${name} (${n})`.toLowerCase())) n++;
      name = `${name} (${n})`;
    }
    used.add(name.toLowerCase());
    names.push(name);
  }
  return names;
}

export interface TableCollector {
  add(cells: Cell[], line: number): void;
  /** Completes the table; `meta` gets hasHeader, rowCount and raggedRows filled in. */
  finish(meta: Omit<ParseMeta, "hasHeader" | "rowCount" | "raggedRows">): ParsedTable;
}

/** `columnName`: see ParseOptions.columnName. */
export function createTableCollector(hasHeader: boolean, columnName?: string): TableCollector {
  let header: Cell[] | null = null;
  let headerSeen = false;
  const rows: Cell[][] = [];
  const lines: number[] = [];
  return {
    add(cells, line) {
      if (hasHeader && !headerSeen) {
        headerSeen = true;
        header = cells;
        return;
      }
      rows.push(cells);
      lines.push(line);
    },
    finish(meta) {
      let maxWidth = header?.length ?? 0;
      const widthFreq = new Map<number, number>();
      for (const r of rows) {
        if (r.length > maxWidth) maxWidth = r.length;
        widthFreq.set(r.length, (widthFreq.get(r.length) ?? 0) + 1);
      }
      let expected = header?.length ?? 0;
      if (!header) {
        let best = 0;
        for (const [width, freq] of widthFreq) {
          if (freq > best || (freq === best && width > expected)) {
            best = freq;
            expected = width;
          }
        }
      }
      const raggedRows: number[] = [];
      rows.forEach((r, i) => {
        if (r.length !== expected) raggedRows.push(i);
      });
      const columns = uniqueColumnNames(header ?? [], maxWidth, columnName);
      return {
        columns,
        rows,
        lines,
        meta: { ...meta, hasHeader: header !== null, rowCount: rows.length, raggedRows },
      };
    },
  };
}
