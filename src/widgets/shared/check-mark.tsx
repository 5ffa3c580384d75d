/** The tick drawn over a native checkbox styled by `.w-checkbox-input` (it ignores the pointer). */
export function CheckMark() {
  return (
    <svg className="w-check-mark" viewBox="0 0 18 18" width="14" height="14" aria-hidden="true">
      <polyline points="2.5 9.5 7 14 15.5 4.5" fill="none" stroke="currentColor" strokeWidth="3" />
    </svg>
  );
}
