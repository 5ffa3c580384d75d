import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { GdprFieldMarker, GdprMarker, MaskedValue } from "./gdpr-marker.tsx";
import { FieldDisplay } from "./field-display.tsx";
import { makeField } from "./test-harness.tsx";

describe("GDPR marker", () => {
  it("announces the category", () => {
    render(<GdprMarker category="contact" />);
    expect(screen.getByRole("img", { name: "Personal data: contact" })).toBeInTheDocument();
  });

  it("without a category says 'Personal data'", () => {
    render(<GdprMarker />);
    expect(screen.getByRole("img", { name: "Personal data" })).toBeInTheDocument();
  });

  it("field marker only for gdpr fields", () => {
    const { container, rerender } = render(<GdprFieldMarker field={{ gdpr: false }} />);
    expect(container).toBeEmptyDOMElement();
    rerender(<GdprFieldMarker field={{ gdpr: true, gdpr_category: "health" }} />);
    expect(screen.getByRole("img", { name: "Personal data: health" })).toBeInTheDocument();
  });
});

describe("MaskedValue", () => {
  it("hides the value until Reveal is pressed, and hides it again", async () => {
    const user = userEvent.setup();
    render(<MaskedValue label="Email">ann@example.com</MaskedValue>);
    expect(screen.queryByText("ann@example.com")).toBeNull();
    expect(screen.getByText("Hidden personal data")).toBeInTheDocument();
    const reveal = screen.getByRole("button", { name: "Reveal Email" });
    expect(reveal).toHaveAttribute("aria-expanded", "false");
    await user.click(reveal);
    expect(screen.getByText("ann@example.com")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Hide Email" }));
    expect(screen.queryByText("ann@example.com")).toBeNull();
  });
});

describe("FieldDisplay", () => {
  it("picks the widget display for the field", () => {
    const { container } = render(<FieldDisplay name="active" field={makeField({ type: "boolean", widget: "" })} value={true} variant="cell" />);
    expect(container.textContent).toBe("✓Yes");
  });

  it("masks personal data when asked", async () => {
    const user = userEvent.setup();
    const field = makeField({ widget: "email", gdpr: true, gdpr_category: "contact" });
    render(<FieldDisplay name="email" field={field} value="ann@example.com" variant="cell" maskPersonalData />);
    expect(screen.queryByRole("link")).toBeNull();
    await user.click(screen.getByRole("button", { name: "Reveal Email" }));
    expect(screen.getByRole("link", { name: "ann@example.com" })).toBeInTheDocument();
  });

  it("does not mask empty values or non-personal fields", () => {
    render(<FieldDisplay name="email" field={makeField({ widget: "email" })} value="a@b.c" variant="cell" maskPersonalData />);
    expect(screen.getByRole("link", { name: "a@b.c" })).toBeInTheDocument();
  });
});
