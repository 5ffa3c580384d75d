// The router over the app's own history (src/lib/navigation-history.ts): react-router's plain
// <Router>. Its data router would hold a navigation (unsaved changes) too, but is much larger on
// the first screen, and holding one is all the app would use it for; the history does it itself.
// (react-router's unstable_HistoryRouter is this, over a history without a blocker.)
import { useLayoutEffect, useState, type ReactNode } from "react";
import { NavigationType, Router } from "react-router";
import type { HistoryAction, HistoryUpdate, NavigationHistory } from "../lib/navigation-history.ts";
import { NavigationHistoryContext } from "../ui/navigation-blocker.ts";

const NAVIGATION_TYPE: Record<HistoryAction, NavigationType> = { POP: NavigationType.Pop, PUSH: NavigationType.Push, REPLACE: NavigationType.Replace };

export function AppRouter({ history, basename, children }: { history: NavigationHistory; basename: string; children: ReactNode }) {
  const [update, setUpdate] = useState<HistoryUpdate>(() => ({ action: history.action, location: history.location }));
  // not a transition: React renders the new location at once, so a list's sort or page shows
  // at once (a page whose code is still loading shows the shell's loading line meanwhile)
  useLayoutEffect(() => history.listen(setUpdate), [history]);
  return (
    <NavigationHistoryContext value={history}>
      <Router basename={basename} location={update.location} navigationType={NAVIGATION_TYPE[update.action]} navigator={history}>
        {children}
      </Router>
    </NavigationHistoryContext>
  );
}
