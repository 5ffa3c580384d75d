import { describe, expect, it } from "vitest";
import { fakeResource } from "../../testing/fake-backend.ts";
import { ACTIONS_COLUMN, SELECT_COLUMN, clampColumnWidth, listColumnDefs } from "./list-columns.ts";

describe("list columns", () => {
  it("puts the checkbox column first and the actions column last, field columns by label, sortable where allowed", () => {
    const defs = listColumnDefs(fakeResource("orders"), ["name", "owner"], new Set(["name"]));
    expect(defs.map((d) => [d.id, d.header, d.enableSorting, d.enableHiding])).toEqual([
      [SELECT_COLUMN, "Select", false, false],
      ["name", "Name", true, true],
      ["owner", "Owner", false, true],
      [ACTIONS_COLUMN, "Actions", false, false],
    ]);
  });
  it("keeps a field column between 60 and 800 pixels", () => {
    expect([clampColumnWidth(10), clampColumnWidth(200), clampColumnWidth(5000)]).toEqual([60, 200, 800]);
  });
});
