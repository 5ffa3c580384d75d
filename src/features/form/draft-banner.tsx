// Offers a stored draft of the form back: restore it or discard it.
import { useRecordFormContext } from "./record-form-context.ts";
import { intlLocales } from "../../i18n/translate.ts";
import { t } from "./messages.ts";

export function DraftBanner() {
  const { offered, restore, discard } = useRecordFormContext().draft;
  if (!offered) return null;
  return (
    <div className="banner rf-draft" role="region" aria-label={t("draftRegion")}>
      <p>{t("draftOffer", { savedAt: new Date(offered.savedAt).toLocaleString(intlLocales()) })}</p>
      <div className="rf-actions">
        <button type="button" className="btn btn-primary" onClick={restore}>
          {t("restoreDraft")}
        </button>
        <button type="button" className="btn" onClick={discard}>
          {t("discardDraft")}
        </button>
      </div>
    </div>
  );
}
