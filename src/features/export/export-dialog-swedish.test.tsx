// The export dialog in Swedish: its words, its numbers, the toast and the file's Yes/No labels
// are Swedish; the schema's labels (resource, columns) are not translated.
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { activateLocale } from "../../i18n/translate.ts";
import * as download from "../../lib/download-blob.ts";
import { withWrapper } from "../../testing/data-wrapper.tsx";
import { referenceAdapter } from "../../testing/reference-adapters.ts";
import { clearToasts, getToasts } from "../../ui/toast-store.ts";
import { ExportDialog } from "./export-dialog.tsx";
import { readBlob } from "./test-read-blob.ts";

afterEach(async () => {
  vi.restoreAllMocks();
  clearToasts();
  await activateLocale("en");
});

describe("ExportDialog in Swedish", () => {
  it("asks in Swedish and writes Swedish labels for booleans", async () => {
    await activateLocale("sv");
    const s = withWrapper(await referenceAdapter("craft-easy"));
    const customers = s.resource("customers");
    const page = await s.backend.list(customers, { page: 1, perPage: 2 });
    const ids = page.items.map((i) => s.backend.idOf(customers, i));
    const downloads: Blob[] = [];
    vi.spyOn(download, "downloadBlob").mockImplementation((blob) => void downloads.push(blob));
    const user = userEvent.setup();
    render(
      <ExportDialog resource={customers} query={{ page: 1, perPage: 25 }} selection={{ kind: "ids", ids, items: page.items }} visibleColumns={["newsletter"]} onClose={() => {}} />,
      { wrapper: s.wrapper },
    );
    const dialog = screen.getByRole("dialog", { name: "Exportera Customers" });
    expect(within(dialog).getByRole("radio", { name: "Markerade rader (2)" })).toBeChecked();
    expect(within(dialog).getByRole("radio", { name: "Alla som matchar den aktuella sökningen och filtren" })).toBeInTheDocument();
    expect(within(dialog).getByRole("checkbox", { name: "Ta med personuppgifter (GDPR)" })).not.toBeChecked();
    await user.click(within(dialog).getByRole("button", { name: "Exportera" }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    const text = await readBlob(downloads[0]!, "text");
    expect(text).toMatch(/\b(Ja|Nej)\b/);
    expect(text).not.toMatch(/\b(Yes|No)\b/);
    expect(getToasts().at(-1)?.message).toMatch(/^customers exporterade till customers-.+\.csv$/);
  });
});
