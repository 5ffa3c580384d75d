// The page to return to after sign-in, carried as `?next=` on /login so it survives a reload.
// Only same-app paths are accepted (no open redirects).

export const RETURN_PARAM = "next";

export function safeReturnPath(raw: string | null | undefined): string {
  if (!raw || !raw.startsWith("/") || raw.startsWith("//") || raw.startsWith("/\\")) return "/";
  if (raw === "/login" || raw.startsWith("/login?") || raw.startsWith("/login/")) return "/";
  return raw;
}

export function loginPathFor(location: { pathname: string; search: string; hash: string }): string {
  const here = location.pathname + location.search + location.hash;
  if (here === "/" || here === "") return "/login";
  return `/login?${RETURN_PARAM}=${encodeURIComponent(here)}`;
}
