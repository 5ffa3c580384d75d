// What the list says instead of, or beside, its rows: a sort the server did not apply, a failed
// load (Retry), no rows (with a way on), loading, and sort and page changes for screen readers.
import { Link } from "react-router";
import { fieldLabel } from "../../protocol/labels.ts";
import { canCreate } from "../../protocol/permissions.ts";
import { useListContext } from "./list-context.ts";

export function SortNotApplied() {
  const { resource, sort } = useListContext();
  if (sort.applied || sort.sent.length === 0) return null;
  return (
    <p className="alert list-note" role="status">
      The server did not apply the sort by {sort.sent.map((s) => fieldLabel(s.field, resource.fields[s.field])).join(", ")}; rows are in the server’s
      order.
    </p>
  );
}

/** Nothing could be loaded. */
export function ListLoadError() {
  const { resource, error, refetch } = useListContext();
  return (
    <div className="error-state" role="alert">
      <p>
        Could not load {resource.label_plural}: {error?.message ?? "unknown error"}
      </p>
      <button type="button" className="btn" onClick={() => refetch()}>
        Retry
      </button>
    </div>
  );
}

/** The rows on screen are there, but the latest reload failed. */
export function ListRefreshError() {
  const { refetch } = useListContext();
  return (
    <p className="alert" role="alert">
      Could not refresh the list.{" "}
      <button type="button" className="btn" onClick={() => refetch()}>
        Retry
      </button>
    </p>
  );
}

export function ListEmpty() {
  const { resource, view, update } = useListContext();
  const plural = resource.label_plural.toLowerCase();
  if (view.search.trim() !== "" || view.filters.length > 0) {
    return (
      <div className="empty-state">
        <p>No {plural} match the current search and filters.</p>
        <button type="button" className="btn" onClick={() => update({ search: "", filters: [] })}>
          Clear search and filters
        </button>
      </div>
    );
  }
  return (
    <div className="empty-state">
      <p>No {plural} yet.</p>
      {canCreate(resource) && (
        <Link to="new" className="btn btn-primary">
          Create the first {resource.label.toLowerCase()}
        </Link>
      )}
    </div>
  );
}

export function ListLoadingStatus() {
  const { resource } = useListContext();
  return (
    <p role="status" className="visually-hidden">
      Loading {resource.label_plural}…
    </p>
  );
}

export function ListAnnouncer() {
  const { announcement } = useListContext();
  return (
    <p className="visually-hidden" aria-live="polite" aria-atomic="true">
      {announcement}
    </p>
  );
}
