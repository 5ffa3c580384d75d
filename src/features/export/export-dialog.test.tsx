import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import Papa from "papaparse";
import { readSheet } from "read-excel-file/node";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Capabilities } from "../../backend/types.ts";
import { referenceAdapter, type AdapterSetup } from "../../testing/reference-adapters.ts";
import { withWrapper } from "../../testing/data-wrapper.tsx";
import { EMPTY_SELECTION } from "../shared/list-selection.ts";
import * as download from "../../lib/download-blob.ts";
import * as build from "./build-export.ts";
import { ExportDialog } from "./export-dialog.tsx";
import { serverExportFits } from "./server-export.ts";
import { readBlob } from "./test-read-blob.ts";

afterEach(() => vi.restoreAllMocks());

const ALL = { page: 1, perPage: 25 };
/** The one-request option, by its English name. */
const SERVER_OPTION_LABEL = "Fetch all rows in one request (faster)";

/** Renders the dialog; `downloads` collects the files it hands to the user. */
function open(s: ReturnType<typeof withWrapper<AdapterSetup>>, props: Omit<Parameters<typeof ExportDialog>[0], "onClose">) {
  const downloads: { blob: Blob; name: string }[] = [];
  vi.spyOn(download, "downloadBlob").mockImplementation((blob, name) => void downloads.push({ blob, name }));
  const onClose = vi.fn();
  const view = render(<ExportDialog {...props} onClose={onClose} />, { wrapper: s.wrapper });
  const dialog = screen.getByRole("dialog", { name: `Export ${props.resource.label_plural}` });
  return { dialog, downloads, onClose, view };
}

function csvRows(text: string): string[][] {
  return Papa.parse<string[]>(text.replace(/^\uFEFF/, "").trim(), { skipEmptyLines: true }).data;
}

describe("ExportDialog", () => {
  it("a default export of customers (name and email are personal data) still identifies each row by its id, and labels booleans", async () => {
    const s = withWrapper(await referenceAdapter("craft-easy"));
    const customers = s.resource("customers");
    const user = userEvent.setup();
    const { dialog, downloads } = open(s, { resource: customers, query: ALL, selection: EMPTY_SELECTION, visibleColumns: customers.list.fields });
    expect(within(dialog).getByRole("checkbox", { name: "Id" })).toBeChecked();
    await user.click(within(dialog).getByRole("button", { name: "Export" }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    const rows = csvRows(await readBlob(downloads[0]!.blob, "text"));
    const header = rows[0]!;
    expect(header).toContain("Id");
    expect(header).not.toContain("Full name");
    const first = (await s.backend.list(customers, { page: 1, perPage: 1 })).items[0]!;
    expect(rows[1]![header.indexOf("Id")]).toBe(String(s.backend.idOf(customers, first)));
    const newsletter = header.indexOf(customers.fields.newsletter!.label ?? "Newsletter");
    expect(newsletter).toBeGreaterThanOrEqual(0);
    expect(rows.slice(1).every((r) => r[newsletter] === "Yes" || r[newsletter] === "No" || r[newsletter] === "")).toBe(true);
  });

  it("leaves GDPR fields out until ticked in (with a warning)", async () => {
    const s = withWrapper(await referenceAdapter("craft-easy"));
    const customers = s.resource("customers");
    const spy = vi.spyOn(build, "buildExport").mockResolvedValue(new Blob(["x"]));
    const user = userEvent.setup();
    const props = { resource: customers, query: { ...ALL, search: "an" }, selection: EMPTY_SELECTION, visibleColumns: customers.list.fields };
    const first = open(s, props);
    const email = within(first.dialog).getByRole("checkbox", { name: /Email \(personal data\)/ });
    expect(email).not.toBeChecked();
    expect(email).toBeDisabled();
    expect(within(first.dialog).getByRole("radio", { name: /Selected rows/ })).toBeDisabled();
    await user.click(within(first.dialog).getByRole("button", { name: "Export" }));
    await waitFor(() => expect(first.downloads).toHaveLength(1));
    expect(first.onClose).toHaveBeenCalled();
    const req = spy.mock.calls[0]?.[1];
    expect(req?.columns.some((c) => customers.fields[c]?.gdpr)).toBe(false);
    expect(req?.source).toMatchObject({ kind: "query", query: { search: "an" } });
    first.view.unmount();

    const again = open(s, props).dialog;
    await user.click(within(again).getByRole("checkbox", { name: "Include personal data (GDPR)" }));
    expect(within(again).getByRole("alert")).toHaveTextContent(/personal data/);
    expect(within(again).getByRole("checkbox", { name: /Email \(personal data\)/ })).toBeChecked();
    await user.click(within(again).getByRole("button", { name: "Export" }));
    await waitFor(() => expect(spy).toHaveBeenCalledTimes(2));
    expect(spy.mock.calls[1]?.[1].columns).toContain("email");
  });

  it("exports only the selected rows when they are selected", async () => {
    const s = withWrapper(await referenceAdapter("craft-easy"));
    const products = s.resource("products");
    const page = await s.backend.list(products, { page: 1, perPage: 2 });
    const spy = vi.spyOn(build, "buildExport").mockResolvedValue(new Blob(["x"]));
    const user = userEvent.setup();
    const ids = page.items.map((i) => s.backend.idOf(products, i));
    const { dialog } = open(s, { resource: products, query: ALL, selection: { kind: "ids", ids, items: page.items }, visibleColumns: ["sku", "name"] });
    expect(within(dialog).getByRole("radio", { name: "Selected rows (2)" })).toBeChecked();
    await user.click(within(dialog).getByRole("button", { name: "Export" }));
    await waitFor(() => expect(spy).toHaveBeenCalled());
    expect(spy.mock.calls[0]?.[1]).toMatchObject({ source: { kind: "items", items: page.items }, columns: ["sku", "name"] });
  });
});

describe("ExportDialog on litestar-admin", () => {
  it("fetches an unfiltered export from the server in one request, and pages client-side once a search is set", async () => {
    const s = withWrapper(await referenceAdapter("litestar-admin"));
    const products = s.resource("products");
    const spy = vi.spyOn(build, "buildExport").mockResolvedValue(new Blob(["y"]));
    const user = userEvent.setup();
    const plain = open(s, { resource: products, query: ALL, selection: EMPTY_SELECTION, visibleColumns: ["name"] });
    expect(within(plain.dialog).getByRole("checkbox", { name: SERVER_OPTION_LABEL })).toBeChecked();
    await user.click(within(plain.dialog).getByRole("button", { name: "Export" }));
    await waitFor(() => expect(spy).toHaveBeenCalledTimes(1));
    expect(spy.mock.calls[0]?.[1].source).toEqual({ kind: "server" });
    plain.view.unmount();

    const searched = open(s, { resource: products, query: { ...ALL, search: "a" }, selection: EMPTY_SELECTION, visibleColumns: ["name"] });
    expect(within(searched.dialog).queryByRole("checkbox", { name: SERVER_OPTION_LABEL })).toBeNull();
    await user.click(within(searched.dialog).getByRole("button", { name: "Export" }));
    await waitFor(() => expect(spy).toHaveBeenCalledTimes(2));
    expect(spy.mock.calls[1]?.[1].source).toMatchObject({ kind: "query", query: { search: "a" } });
  });

  it("no choice is ignored when the server supplies the rows: columns, values and format all hold", async () => {
    const s = withWrapper(await referenceAdapter("litestar-admin"));
    const products = s.resource("products");
    const server = vi.spyOn(s.backend, "exportServer");
    const list = vi.spyOn(s.backend, "list");
    const user = userEvent.setup();
    const visibleColumns = ["sku", "name", "status", "category_id", "price"];
    const statusLabel = (value: string) => products.fields.status?.options?.find((o) => o.value === value)?.label;

    // JSON, raw values, one column unticked.
    let run = open(s, { resource: products, query: ALL, selection: EMPTY_SELECTION, visibleColumns });
    await user.click(within(run.dialog).getByRole("radio", { name: "JSON" }));
    await user.click(within(run.dialog).getByRole("radio", { name: "Raw values" }));
    await user.click(within(run.dialog).getByRole("checkbox", { name: "Price" }));
    await user.click(within(run.dialog).getByRole("button", { name: "Export" }));
    await waitFor(() => expect(run.downloads).toHaveLength(1));
    expect(server).toHaveBeenLastCalledWith(products, "json", undefined, expect.anything());
    expect(list).not.toHaveBeenCalled();
    const records = JSON.parse(await readBlob(run.downloads[0]!.blob, "text")) as Record<string, unknown>[];
    const total = (await s.backend.list(products, { page: 1, perPage: 1 })).total;
    expect(records).toHaveLength(total);
    for (const r of records) expect(Object.keys(r)).toEqual(["sku", "name", "status", "category_id"]);
    expect(records.every((r) => ["draft", "active", "archived"].includes(String(r.status)))).toBe(true);
    expect(run.downloads[0]?.name).toMatch(/^products-.*\.json$/);
    run.view.unmount();

    // CSV with labels: label headers, option labels, related records' labels.
    run = open(s, { resource: products, query: ALL, selection: EMPTY_SELECTION, visibleColumns });
    await user.click(within(run.dialog).getByRole("button", { name: "Export" }));
    await waitFor(() => expect(run.downloads).toHaveLength(1));
    expect(server).toHaveBeenCalledTimes(2);
    const rows = csvRows(await readBlob(run.downloads[0]!.blob, "text"));
    expect(rows[0]).toEqual(["Sku", "Name", "Status", "Category", "Price"]);
    const first = records[0]!;
    const row = rows.find((r) => r[0] === first.sku);
    expect(row?.[2]).toBe(statusLabel(String(first.status)));
    const [category] = await s.backend.resolveRelation(products, "category_id", [String(first.category_id)]);
    expect(row?.[3]).toBe(category?.label);
    run.view.unmount();

    // XLSX, written here even though the server was asked for JSON.
    run = open(s, { resource: products, query: ALL, selection: EMPTY_SELECTION, visibleColumns: ["sku", "status"] });
    await user.click(within(run.dialog).getByRole("radio", { name: "XLSX" }));
    await user.click(within(run.dialog).getByRole("button", { name: "Export" }));
    await waitFor(() => expect(run.downloads).toHaveLength(1));
    expect(server).toHaveBeenLastCalledWith(products, "json", undefined, expect.anything());
    const sheet = await readSheet(Buffer.from(await readBlob(run.downloads[0]!.blob, "buffer")));
    expect(sheet[0]).toEqual(["Sku", "Status"]);
    expect(sheet).toHaveLength(total + 1);
    expect(sheet.find((r) => r[0] === first.sku)?.[1]).toBe(statusLabel(String(first.status)));
  });

  it("a server export that answers 200 and then breaks off ends in a clear error, not endless progress", async () => {
    const s = withWrapper(await referenceAdapter("litestar-admin", {
      wrapFetch: (inner) => async (req) => {
        if (!new URL(req.url).pathname.endsWith("/export")) return inner(req);
        const body = new ReadableStream<Uint8Array>({
          start(c) {
            c.enqueue(new TextEncoder().encode('[{"id":1,'));
            c.error(new TypeError("network error"));
          },
        });
        return new Response(body, { status: 200, headers: { "content-type": "application/json" } });
      },
    }));
    const products = s.resource("products");
    const user = userEvent.setup();
    const { dialog, downloads } = open(s, { resource: products, query: ALL, selection: EMPTY_SELECTION, visibleColumns: ["sku", "name"] });
    await user.click(within(dialog).getByRole("radio", { name: "XLSX" }));
    await user.click(within(dialog).getByRole("button", { name: "Export" }));
    const alert = await within(dialog).findByRole("alert");
    expect(alert).toHaveTextContent(`The server's export did not arrive in full (the connection failed). Untick "${SERVER_OPTION_LABEL}" to page through the list instead.`);
    expect(within(dialog).queryByRole("progressbar")).toBeNull();
    expect(downloads).toHaveLength(0);

    // The way out the message names works.
    await user.click(within(dialog).getByRole("checkbox", { name: SERVER_OPTION_LABEL }));
    await user.click(within(dialog).getByRole("button", { name: "Export" }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0]?.name).toMatch(/\.xlsx$/);
  });
});

describe("serverExportFits", () => {
  const caps = (exportServer: Capabilities["exportServer"]) => ({ exportServer }) as Capabilities;
  const litestar = caps({ formats: ["csv", "json", "xlsx"], honoursQuery: false, selected: true });

  it("only all rows with no search, filter or sort: the endpoint takes none of them", () => {
    expect(serverExportFits(litestar, "all", ALL)).toBe(true);
    expect(serverExportFits(litestar, "all", { ...ALL, search: "x" })).toBe(false);
    expect(serverExportFits(litestar, "all", { ...ALL, search: "  " })).toBe(true);
    expect(serverExportFits(litestar, "all", { ...ALL, sort: [{ field: "name", desc: false }] })).toBe(false);
    expect(serverExportFits(litestar, "all", { ...ALL, filters: [{ field: "status", op: "eq", value: "draft" }] })).toBe(false);
  });

  it("selected rows are written from the rows at hand; no endpoint or no JSON from it: paged in the client", () => {
    expect(serverExportFits(litestar, "selected", ALL)).toBe(false);
    expect(serverExportFits(caps(null), "all", ALL)).toBe(false);
    expect(serverExportFits(caps({ formats: ["csv", "xlsx"], honoursQuery: true, selected: true }), "all", ALL)).toBe(false);
  });
});
