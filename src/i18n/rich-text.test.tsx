import { render } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { defineMessages } from "./translate.ts";
import { richText } from "./rich-text.tsx";

const t = defineMessages("rich-text-test", { counts: "{created} created, {failed} failed of {total, number}." });

describe("richText", () => {
  it("puts elements where their placeholders are and fills the other values", () => {
    const { container } = render(<p>{richText((v) => t("counts", v), { created: <strong>10</strong>, failed: <em>2</em> }, { total: 1200 })}</p>);
    expect(container.innerHTML).toBe("<p><strong>10</strong> created, <em>2</em> failed of 1,200.</p>");
  });
});
