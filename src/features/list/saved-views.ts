// Saved views: the list's query string (less the page) and columns under a name, applied back to
// the URL and the columns.
import { showToast } from "../../ui/toast-store.ts";
import { withSavedView } from "./list-prefs.ts";
import type { ListUrlState, SavedViewsControl } from "./types.ts";
import type { ListPrefsState } from "./use-list-prefs.ts";
import { t } from "./messages.ts";

export function savedViewsControl({ prefs, update }: ListPrefsState, { paramsText, setParams }: Pick<ListUrlState, "paramsText" | "setParams">): SavedViewsControl {
  return {
    views: prefs.views,
    save: (name) => {
      update((p) => withSavedView(p, name, paramsText));
      showToast(t("savedView", { name }), { tone: "success" });
    },
    apply: (view) => {
      update((p) => ({ ...p, visibility: view.visibility, order: view.order }));
      setParams(new URLSearchParams(view.params));
    },
    remove: (name) => update((p) => ({ ...p, views: p.views.filter((v) => v.name !== name) })),
  };
}
