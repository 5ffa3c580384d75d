// The list route's chunks, loadable before React exists (src/app/route-chunks.ts starts them on a
// cold load of a list) and readable synchronously once loaded (list-page.tsx renders the view
// without a Suspense fallback, whose reveal React holds back for up to 300 ms).
import { lazyModule } from "../../ui/load-once.ts";

export const listPageModule = lazyModule(() => import("./list-page.tsx"));
export const listViewModule = lazyModule(() => import("./list-view.tsx"));

/** Pages with more rows than this are virtualised. */
export const VIRTUAL_THRESHOLD = 100;
/** The virtualised rows (TanStack Virtual): only pages above the threshold need them. */
export const virtualRowsModule = lazyModule(() => import("./virtual-rows.tsx"));
