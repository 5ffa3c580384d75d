import { fireEvent, render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { makeField, renderInput } from "../test-harness.tsx";
import { MarkdownInput, RichTextInput } from "./markup-input.tsx";
import { MarkdownDisplay, RichTextDisplay } from "./rich-display.tsx";
import { markdownToSafeHtml, sanitizeHtml } from "./sanitize-html.ts";
import { stripHtml, stripMarkdown } from "../shared/strip-markup.ts";

const evil = '<p onclick="steal()">Hi <b>there</b><script>alert(1)</script><a href="javascript:alert(2)">x</a><img src=x onerror="alert(3)"></p>';

describe("sanitizing", () => {
  it("removes scripts, handlers and javascript: URLs", () => {
    const clean = sanitizeHtml(evil);
    expect(clean).not.toMatch(/script|onclick|onerror|javascript:/i);
    expect(clean).toContain("<b>there</b>");
  });

  it("renders markdown and sanitizes raw HTML inside it", () => {
    const html = markdownToSafeHtml("# Title\n\n**bold** <img src=x onerror=alert(1)>");
    expect(html).toContain("<h1>Title</h1>");
    expect(html).toContain("<strong>bold</strong>");
    expect(html).not.toMatch(/onerror/);
  });

  it("strips markup to plain text for cells", () => {
    expect(stripHtml(evil)).toBe("Hi therex");
    expect(stripMarkdown("# Hello **world** and [link](http://x)")).toBe("Hello world and link");
  });
});

describe("markdown and rich text inputs", () => {
  it("markdown: a labelled textarea with a sanitized live preview", () => {
    const { last } = renderInput(MarkdownInput, { label: "Body", field: { widget: "markdown" } });
    const box = screen.getByRole("textbox", { name: "Body" });
    fireEvent.change(box, { target: { value: "## Hi\n\n<script>alert(1)</script>\n\n*there*" } });
    expect(last()).toBe("## Hi\n\n<script>alert(1)</script>\n\n*there*");
    const preview = screen.getByRole("region", { name: /Preview/ });
    expect(within(preview).getByRole("heading", { name: "Hi" })).toBeInTheDocument();
    expect(preview.querySelector("script")).toBeNull();
    expect(preview.querySelector("em")?.textContent).toBe("there");
  });

  it("richtext: HTML text with a sanitized preview", () => {
    renderInput(RichTextInput, { label: "Content", value: evil, field: { widget: "richtext" } });
    const preview = screen.getByRole("region", { name: /Preview/ });
    expect(preview.innerHTML).not.toMatch(/onclick|onerror|<script|javascript:/i);
    expect(within(preview).getByText("there").tagName).toBe("B");
  });
});

describe("markdown and rich text displays", () => {
  it("cells show stripped text", () => {
    const { container } = render(<RichTextDisplay name="r" field={makeField({ widget: "richtext" })} value={evil} variant="cell" />);
    expect(container.innerHTML).not.toContain("<b>");
    expect(container.textContent).toBe("Hi therex");
  });

  it("details show sanitized HTML (loaded lazily)", async () => {
    const { container } = render(<MarkdownDisplay name="m" field={makeField({ widget: "markdown" })} value={"Some **bold** <img src=x onerror=alert(1)>"} variant="detail" />);
    expect(await screen.findByText("bold")).toHaveProperty("tagName", "STRONG");
    expect(container.innerHTML).not.toMatch(/onerror/);
  });

  it("rich text details keep safe formatting", async () => {
    const { container } = render(<RichTextDisplay name="r" field={makeField({ widget: "richtext" })} value={evil} variant="detail" />);
    expect(await screen.findByText("there")).toHaveProperty("tagName", "B");
    expect(container.innerHTML).not.toMatch(/onclick|<script/i);
  });
});
