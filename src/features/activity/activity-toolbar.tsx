import { useId } from "react";
import { Link } from "react-router";
import type { ResourceSchema } from "../../protocol/types.ts";
import type { ActivityPageController } from "./use-activity-page.ts";
import { useRecordName } from "./use-activity-naming.ts";
import { t } from "./messages.ts";

/** "Showing the history of Product Ergonomic chair", with a way back to the whole resource. */
function RecordFilterNote({ resources, resource, recordId, update }: { resources: readonly ResourceSchema[]; resource: ResourceSchema; recordId: string; update: ActivityPageController["update"] }) {
  const name = useRecordName(resources, resource, recordId);
  return (
    <p className="activity-filter-note">
      {t("showingHistoryOf")}{" "}
      <Link to={`/r/${encodeURIComponent(resource.name)}/${encodeURIComponent(recordId)}`} title={name?.state === "named" ? undefined : t("recordId", { id: recordId })}>
        {resource.label} {name?.text ?? recordId}
      </Link>{" "}
      <button type="button" className="btn btn-ghost" onClick={() => update({ record: null, limit: null })}>
        {t("showAll", { labelPlural: resource.label_plural.toLowerCase() })}
      </button>
    </p>
  );
}

/** The resource filter, and the record filter when one is set. */
export function ActivityToolbar({ controller }: { controller: ActivityPageController }) {
  const id = useId();
  const { resources, resource, recordId, update } = controller;
  return (
    <div className="activity-toolbar">
      <label htmlFor={`${id}-resource`}>
        {t("resource")}
        <select id={`${id}-resource`} className="input" value={resource?.name ?? ""} onChange={(e) => update({ resource: e.target.value, record: null, limit: null })}>
          <option value="">{t("allResources")}</option>
          {resources.map((r) => (
            <option key={r.name} value={r.name}>
              {r.label_plural}
            </option>
          ))}
        </select>
      </label>
      {resource && recordId && <RecordFilterNote resources={resources} resource={resource} recordId={recordId} update={update} />}
    </div>
  );
}
