// Route entry for /r/:resource/:id (own lazy chunk): the read-only show view, laid out like the
// form, with Edit / Duplicate / Delete per permissions and the record's history. Personal-data
// values stay masked until revealed.
import { useId } from "react";
import { Link, useNavigate, useParams } from "react-router";
import type { Item } from "../../backend/types.ts";
import type { FieldSchema, ResourceSchema } from "../../protocol/types.ts";
import { useResource, useSchema } from "../../data/schema-context.tsx";
import { useRecord } from "../../data/use-record.ts";
import { useRelationLabels } from "../../data/use-relation-labels.ts";
import { canDelete, canDuplicate, canEdit } from "../../protocol/permissions.ts";
import { fieldLabel } from "../../protocol/labels.ts";
import { useDocumentTitle } from "../../ui/use-document-title.ts";
import { showToast } from "../../ui/toast-store.ts";
import { FieldDisplay } from "../../widgets/field-display.tsx";
import { GdprFieldMarker } from "../../widgets/gdpr-marker.tsx";
import { useWidgetRegistry } from "../../widgets/widget-registry-context.tsx";
import { RecordHistory } from "../activity/record-history.tsx";
import { formSections } from "./form-layout.ts";
import { FormSectionFrame } from "./form-section-frame.tsx";
import { DeleteRecordButton } from "./delete-record-button.tsx";
import { recordTitle } from "../../protocol/record-title.ts";
import { RecordLoadFailure } from "./record-load-failure.tsx";
import { t } from "./messages.ts";
import "./form.css";

export function RecordPage() {
  const { resource: name = "", id = "" } = useParams();
  const resource = useResource(name);
  if (!resource) return null;
  return <RecordShow key={`${resource.name}/${id}`} resource={resource} id={id} />;
}

function RecordShow({ resource, id }: { resource: ResourceSchema; id: string }) {
  const schema = useSchema();
  const navigate = useNavigate();
  const record = useRecord(resource, id);
  const item = record.data?.item;
  const title = recordTitle(resource, item, id);
  useDocumentTitle(title, schema.title);
  const listUrl = `/r/${encodeURIComponent(resource.name)}`;
  const showUrl = `${listUrl}/${encodeURIComponent(id)}`;

  return (
    <section className="record-page">
      <p className="breadcrumb">
        <Link to={listUrl}>{resource.label_plural}</Link>
      </p>
      <div className="page-header">
        <h1>{title}</h1>
        <span className="header-spacer" />
        {item && (
          <div className="rf-actions">
            {canEdit(resource) && (
              <Link className="btn btn-primary" to={`${showUrl}/edit`}>
                {t("edit")}
              </Link>
            )}
            {canDuplicate(resource) && (
              <Link className="btn" to={`${listUrl}/new?duplicate=${encodeURIComponent(id)}`}>
                {t("duplicate")}
              </Link>
            )}
            {canDelete(resource) && (
              <DeleteRecordButton
                resource={resource}
                id={id}
                version={record.data?.version ?? null}
                title={title}
                onDeleted={() => {
                  showToast(t("deletedToast", { label: resource.label }), { tone: "success", nextPage: true });
                  void navigate(listUrl, { replace: true });
                }}
              />
            )}
          </div>
        )}
      </div>
      {record.isError && !item ? (
        <RecordLoadFailure resource={resource} error={record.error} onRetry={() => void record.refetch()} />
      ) : !item ? (
        <p role="status" className="muted">
          {t("loading")}
        </p>
      ) : (
        <>
          <RecordFields resource={resource} item={item} />
          <RecordHistory resource={resource} id={id} />
        </>
      )}
    </section>
  );
}

function RecordFields({ resource, item }: { resource: ResourceSchema; item: Item }) {
  return (
    <div className="rf-show">
      {formSections(resource).map((section, si) => {
        const list = (
          <dl className="rf-dl">
            {section.fields.map((name) => {
              const field = resource.fields[name];
              return field ? <ShowField key={name} resource={resource} name={name} field={field} value={item[name]} /> : null;
            })}
          </dl>
        );
        return (
          <FormSectionFrame key={si} section={section} headingId={`rs-s-${si}`}>
            {list}
          </FormSectionFrame>
        );
      })}
    </div>
  );
}

function ShowField({ resource, name, field, value }: { resource: ResourceSchema; name: string; field: FieldSchema; value: unknown }) {
  const id = useId();
  const widget = useWidgetRegistry().widgetFor(field).id;
  const isRelation = widget === "relation";
  // plain single-line text is a labelled read-only textbox (selectable, copyable, and what
  // tests and screen readers find by the field's label); everything else uses its display
  const plainText = widget === "text" && !field.gdpr && (typeof value === "string" || typeof value === "number");
  return (
    <div className="rf-show-field">
      <dt>
        {plainText ? <label htmlFor={id}>{fieldLabel(name, field)}</label> : fieldLabel(name, field)} <GdprFieldMarker field={field} />
      </dt>
      <dd>
        {plainText ? (
          <input id={id} className="rf-plaintext" readOnly value={String(value)} />
        ) : isRelation ? (
          <RelationValue resource={resource} name={name} field={field} value={value} />
        ) : (
          <FieldDisplay name={name} field={field} value={value} variant="detail" maskPersonalData />
        )}
      </dd>
    </div>
  );
}

function RelationValue({ resource, name, field, value }: { resource: ResourceSchema; name: string; field: FieldSchema; value: unknown }) {
  const ids = (Array.isArray(value) ? value : [value]).filter((v): v is string | number => typeof v === "string" || typeof v === "number");
  const { labels, labelOf, isLoading } = useRelationLabels(resource, name, ids);
  const single = Array.isArray(value) ? undefined : ids[0] !== undefined ? labelOf(ids[0]) : undefined;
  return (
    <FieldDisplay
      name={name}
      field={field}
      value={value}
      variant="detail"
      maskPersonalData
      label={single}
      labels={Object.fromEntries(labels)}
      pending={isLoading}
    />
  );
}
