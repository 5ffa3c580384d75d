import { useState, type ReactNode } from "react";
import type { FieldSchema } from "../protocol/types.ts";
import { VisuallyHidden } from "./shared/visually-hidden.tsx";
import { t } from "./messages.ts";

function categoryText(category: string | undefined): string | null {
  const c = category?.trim();
  return c ? c : null;
}

/**
 * A personal-data marker for a field (`gdpr: true`): a small badge whose accessible text is
 * "Personal data: <category>" (or just "Personal data").
 */
export function GdprMarker({ category }: { category?: string | undefined }) {
  const c = categoryText(category);
  const text = c ? t("personalDataOf", { category: c }) : t("personalData");
  return (
    <span className="w-gdpr" title={text} role="img" aria-label={text}>
      <span aria-hidden="true">{t("personalDataBadge")}</span>
      {c && <span aria-hidden="true"> · {c}</span>}
    </span>
  );
}

/** The marker for a field when it holds personal data, else nothing. */
export function GdprFieldMarker({ field }: { field: Pick<FieldSchema, "gdpr" | "gdpr_category"> }) {
  return field.gdpr ? <GdprMarker category={field.gdpr_category} /> : null;
}

/**
 * Hides a personal-data value until the user presses "Reveal" (and offers "Hide" again).
 * `label` names the field for screen readers ("Reveal Email").
 */
export function MaskedValue({ children, label }: { children: ReactNode; label?: string }) {
  const [shown, setShown] = useState(false);
  return (
    <span className="w-masked-value">
      {shown ? (
        children
      ) : (
        <span className="w-masked">
          <span aria-hidden="true">••••••</span>
          <VisuallyHidden>{t("hiddenPersonalData")}</VisuallyHidden>
        </span>
      )}
      <button
        type="button"
        className="w-masked-reveal"
        aria-expanded={shown}
        aria-label={label ? t(shown ? "hideField" : "revealField", { label }) : undefined}
        onClick={() => setShown((s) => !s)}
      >
        {shown ? t("hide") : t("reveal")}
      </button>
    </span>
  );
}
