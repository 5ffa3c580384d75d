// Holding a navigation until the user confirms it (unsaved changes): the hook a page uses, over
// the app's history (src/lib/navigation-history.ts), which src/app/app-router.tsx provides.
import { createContext, useContext, useEffect, useMemo, useRef, useState } from "react";
import type { HeldNavigation, HistoryLocation, NavigationHistory } from "../lib/navigation-history.ts";

export const NavigationHistoryContext = createContext<NavigationHistory | null>(null);

export type BlockerState =
  | { state: "unblocked" }
  | { state: "blocked"; to: HistoryLocation; proceed(): void; reset(): void };

const UNBLOCKED: BlockerState = { state: "unblocked" };

/**
 * Holds each in-app navigation and Back/Forward that `shouldBlock` asks for: `state` is then
 * "blocked" until `proceed()` (go on) or `reset()` (stay). The newest `shouldBlock` is asked.
 */
export function useNavigationBlocker(shouldBlock: (args: { current: HistoryLocation; next: HistoryLocation }) => boolean): BlockerState {
  const history = useContext(NavigationHistoryContext);
  if (!history) throw new Error("useNavigationBlocker is used outside the app's router (src/app/app-router.tsx)");
  const [held, setHeld] = useState<HeldNavigation | null>(null);
  const ask = useRef(shouldBlock);
  useEffect(() => {
    ask.current = shouldBlock;
  });
  useEffect(() => history.block({ shouldBlock: (args) => ask.current(args), onBlocked: setHeld }), [history]);
  // one object per held navigation (a caller's effect may depend on it)
  return useMemo<BlockerState>(
    () =>
      held
        ? {
            state: "blocked",
            to: held.to,
            proceed() {
              setHeld(null);
              held.proceed();
            },
            reset: () => setHeld(null),
          }
        : UNBLOCKED,
    [held],
  );
}
