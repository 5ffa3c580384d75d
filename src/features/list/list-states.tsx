// What the list says instead of, or beside, its rows: a sort the server did not apply, a failed
// load (Retry), no rows (with a way on), loading, and sort and page changes for screen readers.
import { Link } from "react-router";
import { fieldLabel } from "../../protocol/labels.ts";
import { canCreate } from "../../protocol/permissions.ts";
import { useListContext } from "./list-context.ts";
import { useListAnnouncement } from "./use-list-announcement.ts";
import { t } from "./messages.ts";
import { countWords } from "../shared/count-words.ts";

export function SortNotApplied() {
  const { resource, sort } = useListContext();
  if (sort.applied || sort.sent.length === 0) return null;
  return (
    <p className="alert list-note" role="status">
      {t("sortNotApplied", { fields: sort.sent.map((s) => fieldLabel(s.field, resource.fields[s.field])).join(", ") })}
    </p>
  );
}

/** Nothing could be loaded. */
export function ListLoadError() {
  const { resource, error, refetch } = useListContext();
  return (
    <div className="error-state" role="alert">
      <p>
        {t("loadFailed", { labelPlural: resource.label_plural, reason: error?.message ?? t("unknownError") })}
      </p>
      <button type="button" className="btn" onClick={() => refetch()}>
        {t("retry")}
      </button>
    </div>
  );
}

/** The rows on screen are there, but the latest reload failed. */
export function ListRefreshError() {
  const { refetch } = useListContext();
  return (
    <p className="alert" role="alert">
      {t("refreshFailed")}{" "}
      <button type="button" className="btn" onClick={() => refetch()}>
        {t("retry")}
      </button>
    </p>
  );
}

export function ListEmpty() {
  const { resource, view, update } = useListContext();
  const words = countWords(resource);
  if (view.search.trim() !== "" || view.filters.length > 0) {
    return (
      <div className="empty-state">
        <p>{t("noMatches", words)}</p>
        <button type="button" className="btn" onClick={() => update({ search: "", filters: [] })}>
          {t("clearSearchAndFilters")}
        </button>
      </div>
    );
  }
  return (
    <div className="empty-state">
      <p>{t("noneYet", words)}</p>
      {canCreate(resource) && (
        <Link to="new" className="btn btn-primary">
          {t("createFirst", words)}
        </Link>
      )}
    </div>
  );
}

export function ListLoadingStatus() {
  const { resource } = useListContext();
  return (
    <p role="status" className="visually-hidden">
      {t("loading", { labelPlural: resource.label_plural })}
    </p>
  );
}

/** The last sort or page change, for screen readers; its own state, so saying it re-renders only this. */
export function ListAnnouncer() {
  const { resource, page, isPlaceholder, sort, view } = useListContext();
  const announcement = useListAnnouncement({ resource, page, placeholder: isPlaceholder, sort: sort.effective, pageNumber: view.page, perPage: view.perPage });
  return (
    <p className="visually-hidden" aria-live="polite" aria-atomic="true">
      {announcement}
    </p>
  );
}
