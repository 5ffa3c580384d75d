import { t } from "./messages.ts";

/** Non-blocking notice that a newer admin schema is available, with a `Reload` button. */
export function SchemaUpdateBanner({ onReload }: { onReload: () => void }) {
  return (
    <div className="banner" role="status">
      <span>{t("schemaChanged")}</span>
      <button type="button" className="btn" onClick={onReload}>
        {t("reload")}
      </button>
    </div>
  );
}
