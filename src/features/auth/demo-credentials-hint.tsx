import type { DevCredential } from "../../backend/types.ts";
import { t } from "./messages.ts";

/** Shows the demo / development sign-in credentials on the sign-in screen. */
export function DemoCredentialsHint({ credentials }: { credentials: DevCredential[] }) {
  if (credentials.length === 0) return null;
  return (
    <section className="demo-hint" aria-labelledby="demo-hint-title">
      <strong id="demo-hint-title">{t("demoSignIn")}</strong>
      {credentials.map((c) => (
        <dl key={`${c.email}-${c.role ?? ""}`}>
          <dt>{t("email")}</dt>
          <dd>{c.email}</dd>
          {c.code !== undefined && (
            <>
              <dt>{t("code")}</dt>
              <dd>{c.code}</dd>
            </>
          )}
          {c.password !== undefined && (
            <>
              <dt>{t("password")}</dt>
              <dd>{c.password}</dd>
            </>
          )}
          {c.role !== undefined && (
            <>
              <dt>{t("role")}</dt>
              <dd>{c.role}</dd>
            </>
          )}
        </dl>
      ))}
    </section>
  );
}
