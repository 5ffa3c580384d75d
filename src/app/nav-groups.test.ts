import { describe, expect, it } from "vitest";
import { navGroups } from "./nav-groups.ts";
import type { ResourceSchema } from "../protocol/types.ts";

const res = (name: string) => ({ name, label_plural: name.toUpperCase() }) as ResourceSchema;

describe("navGroups", () => {
  it("keeps group order, drops dangling names and lists ungrouped resources after", () => {
    const groups = navGroups({
      resources: [res("a"), res("b"), res("c"), res("d")],
      navigation: [
        { label: "First", resources: ["c", "ghost", "a"] },
        { label: "Empty", resources: ["ghost"] },
        { label: "Second", resources: ["a", "b"] },
      ],
    });
    expect(groups.map((g) => [g.label, g.resources.map((r) => r.name)])).toEqual([
      ["First", ["c", "a"]],
      ["Second", ["b"]],
      [null, ["d"]],
    ]);
  });

  it("puts every resource in one untitled group when navigation is absent", () => {
    const groups = navGroups({ resources: [res("x"), res("y")] });
    expect(groups).toEqual([{ label: null, resources: [res("x"), res("y")] }]);
  });
});
