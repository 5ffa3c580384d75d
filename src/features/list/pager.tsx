// Pagination: range text, rows-per-page chooser, first/previous/next/last and jump to page.
// Not shown for an empty list (the empty state speaks for it: no "0 of 0" beside "of 1").
import { useState } from "react";
import { useListContext } from "./list-context.ts";
import { rangeText } from "./range-text.ts";
import { intlLocales } from "../../i18n/translate.ts";
import { t } from "./messages.ts";

export function Pager() {
  const { page: loaded, view, total, lastPage, settings, update } = useListContext();
  const { page, perPage } = view;
  const disabled = !loaded;
  const onPage = (p: number) => update({ page: p });
  const nf = new Intl.NumberFormat(intlLocales());
  const [jump, setJump] = useState("");
  // a typed page number belongs to the page count it was typed against
  const [jumpFor, setJumpFor] = useState(lastPage);
  if (jumpFor !== lastPage) {
    setJumpFor(lastPage);
    setJump("");
  }
  const go = () => {
    const n = Number.parseInt(jump, 10);
    if (Number.isFinite(n)) onPage(Math.max(1, Math.min(lastPage, n)));
    setJump("");
  };
  if (loaded && total === 0) return null;
  return (
    <nav className="pager" aria-label={t("pagination")}>
      <span className="range">{loaded ? rangeText(loaded.page, perPage, total, loaded.items.length) : " "}</span>
      <label className="pager-size">
        {t("rowsPerPage")}{" "}
        <select className="input" value={perPage} onChange={(e) => update({ perPage: Number(e.target.value) })}>
          {settings.pageSizes.map((n) => (
            <option key={n} value={n}>
              {nf.format(n)}
            </option>
          ))}
        </select>
      </label>
      <div className="pager-nav">
        <button type="button" className="btn" disabled={disabled || page <= 1} onClick={() => onPage(1)} aria-label={t("firstPage")}>
          «
        </button>
        <button type="button" className="btn" disabled={disabled || page <= 1} onClick={() => onPage(page - 1)}>
          <span aria-hidden="true" className="pager-arrow">
            ‹
          </span>
          <span className="pager-step-text">{t("previousPage")}</span>
        </button>
        <form
          className="pager-jump"
          onSubmit={(e) => {
            e.preventDefault();
            go();
          }}
        >
          <label>
            <span className="visually-hidden">{t("goToPage")}</span>
            <input
              className="input"
              type="number"
              inputMode="numeric"
              min={1}
              max={lastPage}
              placeholder={String(page)}
              value={jump}
              onChange={(e) => setJump(e.target.value)}
              disabled={disabled}
            />
          </label>
          <span className="muted"> {t("pagerOf", { pages: lastPage })}</span>
        </form>
        <button type="button" className="btn" disabled={disabled || page >= lastPage} onClick={() => onPage(page + 1)}>
          <span className="pager-step-text">{t("nextPage")}</span>
          <span aria-hidden="true" className="pager-arrow">
            ›
          </span>
        </button>
        <button type="button" className="btn" disabled={disabled || page >= lastPage} onClick={() => onPage(lastPage)} aria-label={t("lastPage")}>
          »
        </button>
      </div>
    </nav>
  );
}
