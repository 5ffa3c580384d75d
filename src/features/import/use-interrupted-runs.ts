// Finds the runs of this resource that a reload or a closed tab interrupted, so that the upload
// step can offer to resume one.
import { useEffect, type Dispatch } from "react";
import type { RunStore } from "./core/types.ts";
import type { WizardAction } from "./types.ts";
import { interruptedRuns } from "./wizard-selectors.ts";

export function useInterruptedRuns({ store, resourceName, dispatch }: { store: RunStore; resourceName: string; dispatch: Dispatch<WizardAction> }): void {
  useEffect(() => {
    let live = true;
    void store
      .list?.()
      .then((runs) => {
        if (live) dispatch({ type: "resumableLoaded", runs: interruptedRuns(runs, resourceName) });
      })
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [store, resourceName, dispatch]);
}
