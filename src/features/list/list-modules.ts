// The list route's two chunks, loadable before React exists (src/app/route-chunks.ts starts them on
// a cold load of a list) and readable synchronously once loaded (list-page.tsx renders the view
// without a Suspense fallback, whose reveal React holds back for up to 300 ms).
import { lazyModule } from "../../ui/load-once.ts";

export const listPageModule = lazyModule(() => import("./list-page.tsx"));
export const listViewModule = lazyModule(() => import("./list-view.tsx"));
