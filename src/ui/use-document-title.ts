import { useEffect } from "react";

/** Sets document.title to "page · app" while the calling page is shown. */
export function useDocumentTitle(page: string, app?: string): void {
  useEffect(() => {
    document.title = app && app !== page ? `${page} · ${app}` : page;
  }, [page, app]);
}
