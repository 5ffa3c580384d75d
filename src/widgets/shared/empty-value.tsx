import { VisuallyHidden } from "./visually-hidden.tsx";

/** The "no value" mark in cells and details. */
export function EmptyValue() {
  return (
    <span className="w-empty">
      <span aria-hidden="true">—</span>
      <VisuallyHidden>Empty</VisuallyHidden>
    </span>
  );
}
