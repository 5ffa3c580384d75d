import { useEffect } from "react";
import { Navigate, useSearchParams } from "react-router";
import { useSession } from "./session-context.ts";
import { SignInForm } from "./sign-in-form.tsx";
import { DemoCredentialsHint } from "./demo-credentials-hint.tsx";
import { RETURN_PARAM, safeReturnPath } from "./return-url.ts";
import { needsSignIn } from "./needs-sign-in.ts";
import { BrandMark } from "../../ui/brand-mark.tsx";
import { t } from "./messages.ts";

/** Full-page sign-in (`/login`). After sign-in it returns to `?next=` (or the home page). */
export function SignInPage() {
  const session = useSession();
  const [params] = useSearchParams();
  const next = safeReturnPath(params.get(RETURN_PARAM));
  const { info } = session;

  useEffect(() => {
    document.title = t("pageTitle", { title: info.title });
  }, [info.title]);

  if ((session.user && !session.lost) || !needsSignIn(info)) return <Navigate to={next} replace />;

  const credentials = [...session.demoCredentials, ...info.devCredentials.filter(
    (d) => !session.demoCredentials.some((c) => c.email === d.email),
  )];

  return (
    <main className="screen">
      <div className="screen-card">
        <p className="sign-in-brand">
          <BrandMark />
          Atrium
        </p>
        <h1>{t("signIn")}</h1>
        <p className="lead">
          {t("leadTo")} <strong>{info.title}</strong>.{" "}
          {info.login.kind === "otp" ? t("leadOtp") : t("leadPassword")}
        </p>
        <SignInForm backend={session.backend} info={info} onSignedIn={session.signedIn} autoFocus />
        <DemoCredentialsHint credentials={credentials} />
      </div>
    </main>
  );
}
