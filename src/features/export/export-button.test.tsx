import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { referenceSetup } from "../bulk/test-reference-setup.tsx";
import { EMPTY_SELECTION } from "../list/list-selection.ts";
import { ExportButton, serverExportFits } from "./export-button.tsx";
import * as build from "./build-export.ts";

afterEach(() => vi.restoreAllMocks());

describe("ExportButton", () => {
  it("opens 'Export <label_plural>', leaves GDPR fields out until ticked in (with a warning)", async () => {
    const s = await referenceSetup();
    const customers = s.resource("customers");
    const spy = vi.spyOn(build, "buildExport").mockResolvedValue(new Blob(["x"]));
    const download = vi.spyOn(build, "downloadBlob").mockImplementation(() => {});
    const user = userEvent.setup();
    render(<ExportButton resource={customers} query={{ page: 1, perPage: 25, search: "an" }} selection={EMPTY_SELECTION} visibleColumns={customers.list.fields} />, {
      wrapper: s.wrapper,
    });
    await user.click(screen.getByRole("button", { name: "Export" }));
    const dialog = await screen.findByRole("dialog", { name: "Export Customers" });
    const email = within(dialog).getByRole("checkbox", { name: /Email \(personal data\)/ });
    expect(email).not.toBeChecked();
    expect(email).toBeDisabled();
    expect(within(dialog).getByRole("radio", { name: /Selected rows/ })).toBeDisabled();
    await user.click(within(dialog).getByRole("button", { name: "Export" }));
    await waitFor(() => expect(download).toHaveBeenCalled());
    const req = spy.mock.calls[0]?.[1];
    expect(req?.columns.some((c) => customers.fields[c]?.gdpr)).toBe(false);
    expect(req?.source).toMatchObject({ kind: "query", query: { search: "an" } });

    await user.click(screen.getByRole("button", { name: "Export" }));
    const again = await screen.findByRole("dialog", { name: "Export Customers" });
    await user.click(within(again).getByRole("checkbox", { name: "Include personal data (GDPR)" }));
    expect(within(again).getByRole("alert")).toHaveTextContent(/personal data/);
    expect(within(again).getByRole("checkbox", { name: /Email \(personal data\)/ })).toBeChecked();
    await user.click(within(again).getByRole("button", { name: "Export" }));
    await waitFor(() => expect(spy).toHaveBeenCalledTimes(2));
    expect(spy.mock.calls[1]?.[1].columns).toContain("email");
  });

  it("exports only the selected rows when they are selected", async () => {
    const s = await referenceSetup();
    const products = s.resource("products");
    const page = await s.backend.list(products, { page: 1, perPage: 2 });
    const spy = vi.spyOn(build, "buildExport").mockResolvedValue(new Blob(["x"]));
    vi.spyOn(build, "downloadBlob").mockImplementation(() => {});
    const user = userEvent.setup();
    const ids = page.items.map((i) => s.backend.idOf(products, i));
    render(<ExportButton resource={products} query={{ page: 1, perPage: 25 }} selection={{ kind: "ids", ids, items: page.items }} visibleColumns={["sku", "name"]} />, {
      wrapper: s.wrapper,
    });
    await user.click(screen.getByRole("button", { name: "Export" }));
    const dialog = await screen.findByRole("dialog", { name: "Export Products" });
    expect(within(dialog).getByRole("radio", { name: "Selected rows (2)" })).toBeChecked();
    await user.click(within(dialog).getByRole("button", { name: "Export" }));
    await waitFor(() => expect(spy).toHaveBeenCalled());
    expect(spy.mock.calls[0]?.[1]).toMatchObject({ source: { kind: "items", items: page.items }, columns: ["sku", "name"] });
  });
});

describe("ExportButton on litestar-admin", () => {
  it("lets the server build an unfiltered export, and pages client-side once a search is set", async () => {
    const s = await referenceSetup({ dialect: "litestar-admin" });
    const products = s.resource("products");
    const server = vi.fn().mockResolvedValue(new Blob(["x"]));
    Object.assign(s.backend, { exportServer: server });
    const client = vi.spyOn(build, "buildExport").mockResolvedValue(new Blob(["y"]));
    vi.spyOn(build, "downloadBlob").mockImplementation(() => {});
    const user = userEvent.setup();
    const view = render(<ExportButton resource={products} query={{ page: 1, perPage: 25 }} selection={EMPTY_SELECTION} visibleColumns={["name"]} />, { wrapper: s.wrapper });
    await user.click(screen.getByRole("button", { name: "Export" }));
    let dialog = await screen.findByRole("dialog", { name: "Export Products" });
    expect(within(dialog).getByRole("checkbox", { name: /Let the server build the file/ })).toBeChecked();
    await user.click(within(dialog).getByRole("button", { name: "Export" }));
    await waitFor(() => expect(server).toHaveBeenCalledTimes(1));
    expect(client).not.toHaveBeenCalled();
    view.unmount();

    render(<ExportButton resource={products} query={{ page: 1, perPage: 25, search: "a" }} selection={EMPTY_SELECTION} visibleColumns={["name"]} />, { wrapper: s.wrapper });
    await user.click(screen.getByRole("button", { name: "Export" }));
    dialog = await screen.findByRole("dialog", { name: "Export Products" });
    expect(within(dialog).queryByRole("checkbox", { name: /Let the server build the file/ })).toBeNull();
    await user.click(within(dialog).getByRole("button", { name: "Export" }));
    await waitFor(() => expect(client).toHaveBeenCalledTimes(1));
    expect(server).toHaveBeenCalledTimes(1);
  });
});

describe("serverExportFits", () => {
  const caps = (exportServer: { formats: ("csv" | "json" | "xlsx")[]; honoursQuery: boolean; selected: boolean } | null) =>
    ({ exportServer }) as unknown as Parameters<typeof serverExportFits>[0];
  const litestar = caps({ formats: ["csv", "json", "xlsx"], honoursQuery: false, selected: true });
  const ids = { kind: "ids" as const, ids: [1], items: [] };

  it("litestar-admin: only all rows with no search/filter/sort, or the selected ids", () => {
    expect(serverExportFits(litestar, "all", EMPTY_SELECTION, { page: 1, perPage: 25 }, "csv")).toBe(true);
    expect(serverExportFits(litestar, "all", EMPTY_SELECTION, { page: 1, perPage: 25, search: "x" }, "csv")).toBe(false);
    expect(serverExportFits(litestar, "all", EMPTY_SELECTION, { page: 1, perPage: 25, sort: [{ field: "name", desc: false }] }, "csv")).toBe(false);
    expect(serverExportFits(litestar, "selected", ids, { page: 1, perPage: 25, search: "x" }, "json")).toBe(true);
    expect(serverExportFits(litestar, "selected", { kind: "all-matching", query: { page: 1, perPage: 25 }, total: 9 }, { page: 1, perPage: 25 }, "csv")).toBe(false);
  });

  it("no endpoint, or a format it lacks: client side", () => {
    expect(serverExportFits(caps(null), "all", EMPTY_SELECTION, { page: 1, perPage: 25 }, "csv")).toBe(false);
    expect(serverExportFits(caps({ formats: ["csv"], honoursQuery: true, selected: true }), "all", EMPTY_SELECTION, { page: 1, perPage: 25, search: "x" }, "xlsx")).toBe(false);
    expect(serverExportFits(caps({ formats: ["csv"], honoursQuery: true, selected: true }), "all", EMPTY_SELECTION, { page: 1, perPage: 25, search: "x" }, "csv")).toBe(true);
  });
});
