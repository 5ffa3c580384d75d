// The buttons beside the relation picker's input: clear, open the record in a new tab, and
// create a new related record.
import { useRelationPickerContext } from "./relation-picker-context.ts";
import { t } from "./messages.ts";

export function RelationPickerActions() {
  const { label, multiple, single, related, currentText, canClear, showCreate, hrefOf, clear, startCreating } = useRelationPickerContext();
  return (
    <>
      {canClear && (
        <button type="button" className="rp-icon-button" aria-label={t("clear", { field: label })} onClick={clear}>
          <span aria-hidden="true">×</span>
        </button>
      )}
      {!multiple && single !== null && hrefOf && (
        <a
          className="rp-icon-button"
          href={hrefOf(single)}
          target="_blank"
          rel="noopener noreferrer"
          aria-label={t("openRecordInNewTab", { record: currentText })}
          title={t("openInNewTab")}
        >
          <span aria-hidden="true">↗</span>
        </a>
      )}
      {showCreate && related && (
        <button type="button" className="rp-icon-button rp-create" aria-label={t("createNew", { label: related.label })} onClick={startCreating}>
          <span aria-hidden="true">+</span> {t("new")}
        </button>
      )}
    </>
  );
}
