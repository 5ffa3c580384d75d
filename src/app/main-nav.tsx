import { useId } from "react";
import { NavLink } from "react-router";
import type { AdminSchema } from "../protocol/types.ts";
import { useActivitySupported } from "../data/use-activity.ts";
import { navGroups } from "./nav-groups.ts";
import { t } from "./messages.ts";

/** The `navigation` landmark "Main": Dashboard, then resources grouped under their headings. */
export function MainNav({ schema }: { schema: Pick<AdminSchema, "navigation" | "resources"> }) {
  const id = useId();
  const groups = navGroups(schema);
  const activity = useActivitySupported();
  return (
    <nav aria-label={t("mainNav")} className="main-nav">
      <ul>
        <li>
          <NavLink to="/dashboard" end className="nav-link">
            {t("dashboard")}
          </NavLink>
        </li>
        {activity && (
          <li>
            <NavLink to="/activity" className="nav-link">
              {t("activity")}
            </NavLink>
          </li>
        )}
      </ul>
      {groups.map((g, i) => {
        const headingId = `${id}-g${i}`;
        return (
          <div key={g.label ?? `untitled-${i}`} className="nav-group">
            {g.label !== null && <h2 id={headingId}>{g.label}</h2>}
            <ul aria-labelledby={g.label !== null ? headingId : undefined}>
              {g.resources.map((r) => (
                <li key={r.name}>
                  <NavLink to={`/r/${encodeURIComponent(r.name)}`} className="nav-link" title={r.description}>
                    {r.label_plural}
                  </NavLink>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </nav>
  );
}
