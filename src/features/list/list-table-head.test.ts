import { describe, expect, it } from "vitest";
import { ariaSortOf } from "./list-table-head.tsx";

describe("ariaSortOf", () => {
  it("gives the direction on the primary sort key's column only", () => {
    const sort = [
      { field: "total", desc: true },
      { field: "name", desc: false },
    ];
    expect(ariaSortOf("total", sort)).toBe("descending");
    expect(ariaSortOf("name", sort)).toBe("none");
    expect(ariaSortOf("name", [{ field: "name", desc: false }])).toBe("ascending");
    expect(ariaSortOf("name", [])).toBe("none");
  });
});
