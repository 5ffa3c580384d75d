// The dashboard's counts in words: plurals by count (never "1 records") and in the spoken language.
import { render, screen } from "@testing-library/react";
import { MemoryRouter } from "react-router";
import { afterEach, describe, expect, it } from "vitest";
import { activateLocale } from "../../i18n/translate.ts";
import { fakeResource } from "../../testing/fake-backend.ts";
import type { ActivityEntry } from "../../backend/types.ts";
import { DashboardTotal } from "./dashboard-total.tsx";
import { ModelCards } from "./model-cards.tsx";
import { modelCounts } from "./model-counts.ts";

const books = fakeResource("books", { label: "Book", label_plural: "Books" });
const one = { models: [{ resource: "books", label: "Books", count: 1 }] };
const many = { models: [...one.models, { resource: "authors", label: "Authors", count: 1233 }], totalRecords: 1234 };
const end = new Date(2026, 2, 1, 12);
const edit: ActivityEntry = { action: "update", resource: "books", recordId: "1", timestamp: end.toISOString(), user: null, changes: {} };

describe("dashboard words", () => {
  afterEach(() => activateLocale("en"));

  it("counts records and models in the singular and the plural", () => {
    const { rerender } = render(<DashboardTotal data={one} resources={[books]} />);
    expect(screen.getByText("1 record in 1 model")).toBeInTheDocument();
    rerender(<DashboardTotal data={many} resources={[books]} />);
    expect(screen.getByText("1,234 records in 2 models")).toBeInTheDocument();
  });

  it("speaks Swedish: totals, a card's changes and its trend", async () => {
    await activateLocale("sv");
    const { rerender } = render(<DashboardTotal data={one} resources={[books]} />);
    expect(screen.getByText("1 post i 1 modell")).toBeInTheDocument();
    rerender(<DashboardTotal data={many} resources={[books]} />);
    expect(screen.getByText("1\u00a0234 poster i 2 modeller", { normalizer: (s) => s })).toBeInTheDocument();
    render(
      <MemoryRouter>
        <ModelCards models={modelCounts(one, [books])} resources={[books]} entries={[edit]} trendEnd={end} />
      </MemoryRouter>,
    );
    expect(screen.getByRole("heading", { name: "Poster" })).toBeInTheDocument();
    expect(screen.getByText("1 ändring")).toBeInTheDocument();
    expect(screen.getByRole("img", { name: /^Books: ändringar per dag under 14 dagar fram till 1 mars: / })).toBeInTheDocument();
    expect(screen.getByText("Staplar: ändringar per dag under 14 dagar fram till 1 mars.")).toBeInTheDocument();
  });
});
