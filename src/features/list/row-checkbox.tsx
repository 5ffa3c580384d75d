// A row's (or the page's) selection checkbox; `indeterminate` is a DOM property, not an attribute.
import { useEffect, useRef } from "react";

export interface RowCheckboxProps {
  label: string;
  checked: boolean;
  indeterminate?: boolean;
  onChange(e: unknown): void;
  tabIndex?: number;
}

export function RowCheckbox({ label, checked, indeterminate = false, onChange, tabIndex }: RowCheckboxProps) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = indeterminate;
  }, [indeterminate]);
  return <input ref={ref} type="checkbox" className="row-check" aria-label={label} checked={checked} onChange={onChange} tabIndex={tabIndex} />;
}
