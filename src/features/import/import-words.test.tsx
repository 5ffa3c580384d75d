// The wizard's words: counts use plurals (and the schema's label / label_plural), and the whole
// wizard speaks Swedish when Swedish is chosen, down to the file of rows to fix.
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { activateLocale } from "../../i18n/translate.ts";
import { referenceAdapter } from "../../testing/reference-adapters.ts";
import { withWrapper } from "../../testing/data-wrapper.tsx";
import { parseText } from "./core/parse-csv.ts";
import { MemoryRunStore } from "./core/run-store.ts";
import type { ParsedTable, RunReport } from "./core/types.ts";
import { validateRows } from "./core/validate-rows.ts";
import { products } from "./core/test-fixtures.ts";
import { ImportWizard } from "./import-wizard.tsx";
import { failedRowsFile } from "./wizard-selectors.ts";

afterEach(() => activateLocale("en"));

async function openWizard() {
  const s = withWrapper(await referenceAdapter("craft-easy"));
  const page = await s.backend.list(s.resource("categories"), { page: 1, perPage: 1, filters: [{ field: "is_active", op: "eq", value: true }] });
  const category = String(page.items[0]?.name);
  render(<ImportWizard resource={s.resource("products")} store={new MemoryRunStore()} onClose={() => {}} parseInPage />, { wrapper: s.wrapper });
  /** A products CSV: one row per price (a negative one is invalid). */
  const csv = (prices: number[]) => ["Name,SKU,Category,Status,Price", ...prices.map((p, i) => `Word test ${i},WRD-${1000 + i},${category},active,${p}`)].join("\n");
  return { csv };
}

describe("import wizard words", () => {
  it("counts one row and one record in the singular (was “skip 1 rows”)", async () => {
    const user = userEvent.setup();
    const { csv } = await openWizard();
    await user.upload(screen.getByLabelText("File"), new File([csv([5, -1])], "products.csv", { type: "text/csv" }));
    expect(await screen.findByText(/2 rows, 5 columns\./)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Next" }));
    await user.click(screen.getByRole("button", { name: "Validate" }));
    expect(await screen.findByText("Dry run: importing would create 1 product and skip 1 row with errors. Nothing has been sent yet.")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Import" }));
    expect(await screen.findByText(/Import finished/, {}, { timeout: 15000 })).toHaveTextContent("Import finished. 1 created, 0 failed, 1 skipped.");
  });

  it("says one row in the singular on the upload, the dry run and the bar (was “1 rows, 5 columns”, “1 of 1 rows”)", async () => {
    const user = userEvent.setup();
    const { csv } = await openWizard();
    await user.upload(screen.getByLabelText("File"), new File([csv([5])], "products.csv", { type: "text/csv" }));
    expect(await screen.findByText(/1 row, 5 columns\./)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Next" }));
    await user.click(screen.getByRole("button", { name: "Validate" }));
    expect(await screen.findByText("Dry run: importing would create 1 product. Nothing has been sent yet.")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Import" }));
    await screen.findByText(/Import finished/, {}, { timeout: 15000 });
    expect(screen.getByRole("progressbar", { name: "Import progress" })).toHaveAttribute("aria-valuetext", "1 of 1 row");
  });

  it("speaks Swedish: steps, buttons, the dry run with the schema's words, the run and its report", async () => {
    await activateLocale("sv");
    const user = userEvent.setup();
    const { csv } = await openWizard();
    expect(screen.getByRole("list", { name: "Importsteg" })).toHaveTextContent("Ladda upp");
    await user.upload(screen.getByLabelText("Fil"), new File([csv([5, 6, -1])], "products.csv", { type: "text/csv" }));
    expect(await screen.findByText(/3 rader, 5 kolumner\./)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Nästa" }));
    expect(screen.getByRole("region", { name: "Kolumnmappning" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Validera" }));
    expect(await screen.findByText("2 giltiga")).toBeInTheDocument();
    expect(screen.getByText("Provkörning: importen skulle skapa 2 products och hoppa över 1 rad med fel. Inget har skickats än.")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Importera" }));
    expect(await screen.findByText(/Importen är klar/, {}, { timeout: 15000 })).toHaveTextContent("Importen är klar. 2 skapade, 0 misslyckade, 1 överhoppade.");
    expect(screen.getByRole("progressbar", { name: "Importförlopp" })).toHaveAttribute("aria-valuetext", "3 av 3 rader");
    expect(screen.getByRole("button", { name: "Ladda ner misslyckade rader" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Importera en fil till" })).toBeInTheDocument();
  });

  it("writes the file to fix and the row errors in the spoken language", async () => {
    await activateLocale("sv");
    const table: ParsedTable = parseText("Name,Price\nA,1\nB,2\n");
    const report: RunReport = {
      runId: "r",
      status: "cancelled",
      total: 2,
      created: 1,
      failed: 0,
      skipped: 1,
      createdIds: [1],
      failedRows: [],
      skippedRows: [{ index: 1, line: 3, values: {}, cells: ["B", "2"], status: "skipped", attempts: 0 }],
    };
    const file = failedRowsFile({ table, validation: null, report, runColumns: [], file: null }, "products");
    const back = parseText(file.csv);
    expect(back.columns).toEqual(["Name", "Price", "fel"]);
    expect(back.rows).toEqual([["B", "2", "rad 3: inte importerad"]]);
    // a row with one cell fewer than the others: one cell, in the singular
    const ragged = validateRows({ columns: ["SKU", "Name"], rows: [["AB-1", "Chair"], ["AB-2"]], meta: { raggedRows: [1] } }, { SKU: "sku", Name: "name" }, products);
    expect(ragged.rows[1]?.warning).toBe("Raden har 1 cell; de andra har 2");
  });

  it("names a row with one cell in the singular (was “Row has 1 cells”)", () => {
    const ragged = validateRows({ columns: ["SKU", "Name"], rows: [["AB-1", "Chair"], ["AB-2"]], meta: { raggedRows: [1] } }, { SKU: "sku", Name: "name" }, products);
    expect(ragged.rows[1]?.warning).toBe("Row has 1 cell; the others have 2");
  });
});
