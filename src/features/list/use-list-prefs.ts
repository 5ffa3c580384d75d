// The list's remembered preferences for one resource (columns, density, saved views): loaded once,
// saved on every change.
import { useCallback, useMemo, useState } from "react";
import { loadPrefs, orderedColumns, savePrefs, shownColumns, type ListPrefs } from "./list-prefs.ts";

export interface ListPrefsState {
  prefs: ListPrefs;
  update(fn: (p: ListPrefs) => ListPrefs): void;
  /** The field columns in the user's order, and those of them shown. */
  ordered: string[];
  visible: string[];
}

export function useListPrefs({ scope, resourceName, columns }: { scope: string; resourceName: string; columns: string[] }): ListPrefsState {
  const [prefs, setPrefs] = useState<ListPrefs>(() => loadPrefs(scope, resourceName));
  const update = useCallback(
    (fn: (p: ListPrefs) => ListPrefs) =>
      setPrefs((p) => {
        const next = fn(p);
        savePrefs(scope, resourceName, next);
        return next;
      }),
    [scope, resourceName],
  );
  const ordered = useMemo(() => orderedColumns(prefs.order, columns), [prefs.order, columns]);
  const visible = useMemo(() => shownColumns(ordered, prefs.visibility), [ordered, prefs.visibility]);
  return { prefs, update, ordered, visible };
}
