import { describe, expect, it } from "vitest";
import { render, screen } from "@testing-library/react";
import { ModalDialog, ModalTitle } from "./modal-dialog.tsx";
import { useEnclosingDialog } from "./use-enclosing-dialog.ts";

/** Names the dialog its popup would render in (by the dialog's title). */
function Control({ name }: { name: string }) {
  const [ref, dialog] = useEnclosingDialog<HTMLButtonElement>();
  const title = dialog?.querySelector("h2")?.textContent;
  return (
    <button ref={ref} type="button">
      {name}: {title ? `popup in ${title}` : "popup in body"}
    </button>
  );
}

describe("useEnclosingDialog", () => {
  it("finds the modal <dialog> around a control, so its popup renders where it is not inert", () => {
    render(
      <>
        <Control name="Page" />
        <ModalDialog>
          <ModalTitle>Edit 2 orders</ModalTitle>
          <Control name="Status" />
        </ModalDialog>
      </>,
    );
    expect(screen.getByRole("button", { name: "Page: popup in body" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Status: popup in Edit 2 orders" })).toBeInTheDocument();
  });
});
