// The relation picker's popup: the options found for the typed text in a virtualised list that
// loads the next page at its end, the empty state, and a status line.
import { Collection, ListBox, ListBoxItem, ListBoxLoadMoreItem, ListLayout, Popover, Virtualizer } from "react-aria-components";
import type { RelationOption } from "../../backend/types.ts";
import { searchStatusText, shortId } from "./relation-text.ts";
import type { RelationSearchState } from "./use-relation-search.ts";
import { useRelationPickerContext } from "./relation-picker-context.ts";
import { t } from "./messages.ts";

export const OPTION_HEIGHT = 36;

/** `portalContainer`: where the popup renders (default <body>), e.g. the modal <dialog> the picker is in. */
export function RelationOptionsPopover({ portalContainer }: { portalContainer?: Element }) {
  const { label, multiple, chosen, ambiguous, search } = useRelationPickerContext();
  return (
    <Popover className="w-popover rp-popover" offset={4} placement="bottom start" UNSTABLE_portalContainer={portalContainer}>
      <Virtualizer layout={ListLayout} layoutOptions={{ rowHeight: OPTION_HEIGHT, loaderHeight: OPTION_HEIGHT }}>
        <ListBox<RelationOption> className="w-listbox rp-listbox" aria-label={t("options", { field: label })} renderEmptyState={() => <EmptyState search={search} />}>
          <Collection items={search.options}>
            {(o) => (
              <ListBoxItem id={String(o.value)} textValue={o.label} className="w-option rp-option">
                {multiple && (
                  <span className="rp-check" aria-hidden="true">
                    {chosen.has(String(o.value)) ? "✓" : ""}
                  </span>
                )}
                <span className="rp-option-label">{o.label}</span>
                {ambiguous.has(o.label) && <span className="rp-hint">#{shortId(o.value)}</span>}
                {multiple && chosen.has(String(o.value)) && <span className="w-sr-only"> {t("selectedOption")}</span>}
              </ListBoxItem>
            )}
          </Collection>
          <ListBoxLoadMoreItem className="rp-more" onLoadMore={search.loadMore} isLoading={search.isFetchingMore}>
            <span className="rp-muted">{t("loadingMore")}</span>
          </ListBoxLoadMoreItem>
        </ListBox>
      </Virtualizer>
      <p className="rp-status" role="status">
        {searchStatusText(search)}
      </p>
    </Popover>
  );
}

function EmptyState({ search }: { search: RelationSearchState }) {
  if (search.isLoading) return <p className="rp-empty">{t("searching")}</p>;
  if (search.error) return <p className="rp-empty rp-error">{t("loadFailed", { reason: search.error.message })}</p>;
  return <p className="rp-empty">{search.term ? t("noMatchesFor", { term: search.term }) : t("noRecords")}</p>;
}
