// URLs from records in the widgets that show them as links or images (url, file, image): every
// obfuscation of a script URL is plain text, never a link or an image; relative ones resolve
// against the page.
import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { makeField, renderInput } from "../test-harness.tsx";
import { UrlDisplay } from "../text/text-display.tsx";
import { FileDisplay, ImageDisplay } from "../file/file-display.tsx";
import { FileInput } from "../file/file-input.tsx";

const HOSTILE = [
  "javascript:alert(1)",
  "java\tscript:alert(1)",
  "java\nscript:alert(1)",
  "java\rscript:alert(1)",
  "\u0001\u0002javascript:alert(1)",
  "JaVa\tScRiPt:alert(1)",
  "vbscript:msgbox(1)",
  "data:text/html,<script>alert(1)</script>",
];

const PNG = "data:image/png;base64,iVBORw0KGgo=";
const SVG = "data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>";

describe("url display", () => {
  it.each(HOSTILE)("%j is text, not a link", (value) => {
    const { container } = render(<UrlDisplay name="u" field={makeField({ widget: "url" })} value={value} variant="detail" />);
    expect(screen.queryByRole("link")).toBeNull();
    expect(container.textContent).toBe(value.trim());
  });

  it("mailto: and tel: are links; data: is not", () => {
    render(
      <>
        <UrlDisplay name="a" field={makeField({ widget: "url" })} value="mailto:ann@example.com" variant="detail" />
        <UrlDisplay name="b" field={makeField({ widget: "url" })} value="tel:+46701234567" variant="detail" />
        <UrlDisplay name="c" field={makeField({ widget: "url" })} value={PNG} variant="detail" />
      </>,
    );
    expect(screen.getAllByRole("link").map((a) => a.getAttribute("href"))).toEqual(["mailto:ann@example.com", "tel:+46701234567"]);
  });

  it("a relative URL resolves against the page and stays in this tab; another origin opens a new one", () => {
    render(
      <>
        <UrlDisplay name="a" field={makeField({ widget: "url" })} value="/files/a.pdf" variant="detail" />
        <UrlDisplay name="b" field={makeField({ widget: "url" })} value="https://example.com/x" variant="detail" />
      </>,
    );
    const local = screen.getByRole("link", { name: "/files/a.pdf" });
    expect(local).toHaveAttribute("href", new URL("/files/a.pdf", document.baseURI).href);
    expect(local).not.toHaveAttribute("target");
    expect(screen.getByRole("link", { name: /example\.com/ })).toHaveAttribute("target", "_blank");
  });
});

describe("file and image displays", () => {
  it.each(HOSTILE)("file %j is text, not a link", (value) => {
    render(<FileDisplay name="doc" field={makeField({ widget: "file" })} value={value} variant="detail" />);
    expect(screen.queryByRole("link")).toBeNull();
  });

  it.each([...HOSTILE, SVG, "blob:https://app.example/8e3a0a6c"])("image %j is text, not an image", (value) => {
    render(<ImageDisplay name="avatar" field={makeField({ widget: "image" })} value={value} variant="detail" />);
    expect(screen.queryByRole("img")).toBeNull();
    expect(screen.queryByRole("link")).toBeNull();
  });

  it("a raster data: image is shown, but not as a link (a data: URL is no link target)", () => {
    render(<ImageDisplay name="avatar" field={makeField({ widget: "image" })} value={PNG} variant="detail" />);
    expect(screen.getByRole("img", { name: /Avatar/ })).toHaveAttribute("src", PNG);
    expect(screen.queryByRole("link")).toBeNull();
  });

  it("an http image in the detail view links to itself", () => {
    render(<ImageDisplay name="avatar" field={makeField({ widget: "image" })} value="https://cdn.example.com/a.png" variant="detail" />);
    expect(screen.getByRole("link", { name: /Avatar: a\.png/ })).toHaveAttribute("href", "https://cdn.example.com/a.png");
  });
});

describe("file input preview", () => {
  it.each([...HOSTILE, SVG])("no preview and no link for %j", (value) => {
    renderInput(FileInput, { label: "Avatar", value, field: { widget: "image" } });
    expect(screen.queryByRole("img")).toBeNull();
    renderInput(FileInput, { label: "Contract", value, field: { widget: "file" } });
    expect(screen.queryByRole("link")).toBeNull();
  });
});
