// One section of a record's form or show view: an untitled block, a collapsible <details>, or a
// headed <section> named by its heading.
import type { ReactNode } from "react";
import type { FormSection } from "./form-layout.ts";

export function FormSectionFrame({ section, headingId, children }: { section: FormSection; headingId: string; children: ReactNode }) {
  if (section.label === null) return <div>{children}</div>;
  if (section.collapsible) {
    return (
      <details className="rf-section" open={!section.collapsed}>
        <summary>
          <h2 className="rf-section-title">{section.label}</h2>
        </summary>
        {children}
      </details>
    );
  }
  return (
    <section className="rf-section" aria-labelledby={headingId}>
      <h2 className="rf-section-title" id={headingId}>
        {section.label}
      </h2>
      {children}
    </section>
  );
}
