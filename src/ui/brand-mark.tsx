// Atrium's mark: the accent-coloured square with a white "Λ" (the demo shop's logo draws the
// same), on the sign-in screen and in the header when the backend sends no logo of its own.
export function BrandMark({ size = 30 }: { size?: number }) {
  return (
    <svg className="brand-mark" width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="8" fill="var(--brand)" />
      <path d="M16 6.5 25.5 25.5h-5.2L16 16.2l-4.3 9.3H6.5Z" fill="var(--brand-on)" />
    </svg>
  );
}
