import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { makeField, renderFilter, renderInput } from "../test-harness.tsx";
import { EmailInput, TextInput, UrlInput } from "./text-input.tsx";
import { PasswordInput } from "./password-input.tsx";
import { TextareaInput } from "./textarea-input.tsx";
import { EmailDisplay, PasswordDisplay, TextDisplay, UrlDisplay } from "./text-display.tsx";
import { ContainsFilter } from "./text-filter.tsx";

describe("text inputs", () => {
  it("labels the input, emits the typed string and null when cleared", async () => {
    const { user, last, onChange } = renderInput(TextInput, { label: "Title", field: { max_length: 10, placeholder: "e.g. Hi" } });
    const box = screen.getByRole("textbox", { name: "Title" });
    expect(box).toHaveAttribute("maxlength", "10");
    expect(box).toHaveAttribute("placeholder", "e.g. Hi");
    await user.type(box, "Hello");
    expect(last()).toBe("Hello");
    await user.clear(box);
    expect(last()).toBeNull();
    expect(onChange).toHaveBeenCalledTimes(6);
  });

  it("marks invalid and required state and ties the description", () => {
    renderInput(TextInput, { label: "Title", field: { required: true }, extra: { invalid: true, describedBy: "err-1" } });
    const box = screen.getByRole("textbox", { name: "Title" });
    expect(box).toHaveAttribute("aria-invalid", "true");
    expect(box).toHaveAttribute("aria-describedby", "err-1");
    expect(box).toBeRequired();
  });

  it("is read-only for readonly fields", () => {
    renderInput(TextInput, { label: "Code", field: { readonly: true }, value: "X1" });
    expect(screen.getByRole("textbox", { name: "Code" })).toHaveAttribute("readonly");
  });

  it("uses email and url input types", () => {
    render(
      <>
        <EmailInput name="e" id="e" label="Email" field={makeField({ widget: "email" })} value="a@b.c" onChange={() => {}} />
        <UrlInput name="u" id="u" label="Site" field={makeField({ widget: "url" })} value="" onChange={() => {}} />
      </>,
    );
    expect(screen.getByDisplayValue("a@b.c")).toHaveAttribute("type", "email");
    expect(document.getElementById("u")).toHaveAttribute("type", "url");
  });

  it("password: hidden by default, toggled by a labelled button", async () => {
    const { user, last } = renderInput(PasswordInput, { label: "Password" });
    const input = screen.getByLabelText("Password");
    expect(input).toHaveAttribute("type", "password");
    await user.type(input, "s3cret");
    expect(last()).toBe("s3cret");
    const toggle = screen.getByRole("button", { name: "Show password" });
    expect(toggle).toHaveAttribute("aria-pressed", "false");
    await user.click(toggle);
    expect(input).toHaveAttribute("type", "text");
    expect(screen.getByRole("button", { name: "Hide password" })).toHaveAttribute("aria-pressed", "true");
  });

  it("textarea: multi-line text", async () => {
    const { user, last } = renderInput(TextareaInput, { label: "Notes" });
    const box = screen.getByRole("textbox", { name: "Notes" });
    expect(box.tagName).toBe("TEXTAREA");
    await user.type(box, "a{Enter}b");
    expect(last()).toBe("a\nb");
  });
});

describe("text displays", () => {
  const field = makeField();
  it("truncates long text in cells, keeping the full value on hover, focus and for screen readers", () => {
    const long = "word ".repeat(40).trim();
    render(<TextDisplay name="t" field={field} value={long} variant="cell" />);
    const el = screen.getByTitle(long);
    expect(el).toHaveAttribute("tabindex", "0");
    expect(el.textContent).toContain("…");
    const short = el.querySelector(".w-trunc-short");
    expect(short).toHaveAttribute("aria-hidden", "true");
    expect(short?.textContent?.length).toBeLessThan(long.length);
    expect(el.querySelector(".w-trunc-full")?.textContent).toBe(long);
  });

  it("shows the whole text in the detail view and short text untruncated", () => {
    const long = "x".repeat(200);
    render(<TextDisplay name="t" field={field} value={long} variant="detail" />);
    expect(screen.getByText(long)).toBeInTheDocument();
    expect(document.querySelector("[title]")).toBeNull();
  });

  it("wraps search matches in <mark>, case-insensitively", () => {
    const { container } = render(<TextDisplay name="t" field={field} value="Alice and ALICE" variant="cell" highlight="alice" />);
    const marks = container.querySelectorAll("mark");
    expect([...marks].map((m) => m.textContent)).toEqual(["Alice", "ALICE"]);
  });

  it("does not break on regex characters in the search term", () => {
    const { container } = render(<TextDisplay name="t" field={field} value="a+b (c)" variant="cell" highlight="(c" />);
    expect(container.querySelector("mark")?.textContent).toBe("(c");
  });

  it("links emails and safe urls only", () => {
    render(
      <>
        <EmailDisplay name="e" field={field} value="ann@example.com" variant="cell" />
        <UrlDisplay name="u" field={field} value="https://example.com/x" variant="cell" />
        <UrlDisplay name="u2" field={field} value="javascript:alert(1)" variant="cell" />
      </>,
    );
    expect(screen.getByRole("link", { name: "ann@example.com" })).toHaveAttribute("href", "mailto:ann@example.com");
    const link = screen.getByRole("link", { name: /https:\/\/example\.com\/x/ });
    expect(link).toHaveAttribute("rel", "noopener noreferrer");
    expect(screen.queryByRole("link", { name: /javascript/ })).toBeNull();
    expect(screen.getByText("javascript:alert(1)")).toBeInTheDocument();
  });

  it("never shows a password", () => {
    const { container } = render(<PasswordDisplay name="p" field={field} value="hunter2" variant="detail" />);
    expect(container.textContent).not.toContain("hunter2");
    expect(container.textContent).toContain("••••••");
  });

  it("shows an empty mark for null", () => {
    const { container } = render(<TextDisplay name="t" field={field} value={null} variant="cell" />);
    expect(container.textContent).toContain("Empty");
  });
});

describe("text filter", () => {
  it("emits contains, and undefined when emptied", async () => {
    const { user, last } = renderFilter(ContainsFilter, { label: "Name" });
    const box = screen.getByRole("searchbox", { name: "Name" });
    await user.type(box, "al");
    expect(last()).toEqual({ op: "contains", value: "al" });
    await user.clear(box);
    expect(last()).toBeUndefined();
  });
});
