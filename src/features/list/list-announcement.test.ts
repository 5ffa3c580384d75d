import { afterEach, describe, expect, it } from "vitest";
import { activateLocale } from "../../i18n/translate.ts";
import { fakeResource } from "../../testing/fake-backend.ts";
import { listAnnouncement, sortAnnouncement } from "./list-announcement.ts";

const resource = fakeResource("orders", {
  fields: { ...fakeResource("orders").fields, total: { type: "number", widget: "number", required: false, readonly: false, label: "Total" } },
});
const byTotal = [{ field: "total", desc: true }];

describe("list announcements", () => {
  it("reads out every sort key by its label and direction, or that the sort was cleared", () => {
    expect(sortAnnouncement([...byTotal, { field: "name", desc: false }], resource)).toBe("Sorted by Total, descending; then Name, ascending");
    expect(sortAnnouncement([], resource)).toBe("Sort cleared");
  });

  it("says a sort change first, else a page change, else nothing", () => {
    const prev = { sort: "[]", page: 1 };
    expect(listAnnouncement(prev, { sort: byTotal, page: 2, pages: 5 }, resource)).toBe("Sorted by Total, descending");
    expect(listAnnouncement(prev, { sort: [], page: 2, pages: 5 }, resource)).toBe("Page 2 of 5");
    expect(listAnnouncement(prev, { sort: [], page: 1, pages: 5 }, resource)).toBeNull();
  });
});

describe("list announcements in Swedish", () => {
  afterEach(() => activateLocale("en"));

  it("reads out sort and page in Swedish", async () => {
    await activateLocale("sv");
    expect(sortAnnouncement([...byTotal, { field: "name", desc: false }], resource)).toBe("Sorterat på Total, fallande; sedan Name, stigande");
    expect(listAnnouncement({ sort: "[]", page: 1 }, { sort: [], page: 2, pages: 1500 }, resource)).toBe("Sida 2 av 1\u00a0500");
  });
});
