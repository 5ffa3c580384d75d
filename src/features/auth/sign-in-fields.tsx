// The sign-in form's views: one per step's input(s), and the code step's extra actions. The
// accessible names (Email, Password, Code) are the UI contract's.
import type { Ref } from "react";
import type { SignInController } from "./use-sign-in-controller.ts";
import { t } from "./messages.ts";

/** What every field view gets: the controller, the form's id prefix and the error's id. */
export interface SignInFieldProps {
  controller: SignInController;
  id: string;
  /** The error's id while one is shown. */
  describedBy: string | undefined;
  /** The step's first input (focused when the step changes). */
  inputRef?: Ref<HTMLInputElement>;
}

export function EmailField({ controller, id, describedBy, inputRef }: SignInFieldProps) {
  const { state, edit } = controller;
  return (
    <div className="field">
      <label htmlFor={`${id}-email`}>{t("email")}</label>
      <input
        ref={inputRef}
        id={`${id}-email`}
        className="input"
        type="email"
        name="email"
        autoComplete="username"
        inputMode="email"
        value={state.email}
        onChange={(e) => edit("email", e.target.value)}
        aria-invalid={state.error ? true : undefined}
        aria-describedby={describedBy}
        required
      />
    </div>
  );
}

export function PasswordField({ controller, id, describedBy }: SignInFieldProps) {
  const { state, edit } = controller;
  return (
    <div className="field">
      <label htmlFor={`${id}-password`}>{t("password")}</label>
      <input
        id={`${id}-password`}
        className="input"
        type="password"
        name="password"
        autoComplete="current-password"
        value={state.password}
        onChange={(e) => edit("password", e.target.value)}
        aria-invalid={state.error ? true : undefined}
        aria-describedby={describedBy}
        required
      />
    </div>
  );
}

/** The one-time code (e-mailed/texted, or the authenticator's for two-factor). */
export function CodeField({ controller, id, describedBy, inputRef }: SignInFieldProps) {
  const { state, edit } = controller;
  const { step } = state;
  return (
    <div className="field">
      <label htmlFor={`${id}-code`}>{t("code")}</label>
      <input
        ref={inputRef}
        id={`${id}-code`}
        className="input"
        type="text"
        name="code"
        inputMode="numeric"
        autoComplete="one-time-code"
        value={state.code}
        onChange={(e) => edit("code", e.target.value)}
        aria-invalid={state.error ? true : undefined}
        aria-describedby={[`${id}-code-hint`, describedBy].filter(Boolean).join(" ")}
        required
      />
      <span id={`${id}-code-hint`} className="hint">
        {step.kind === "code" ? t("codeSentTo", { target: step.target }) : t("twoFactorHint")}
      </span>
    </div>
  );
}

/** The code step's ways out: a new code, or another email. */
export function CodeStepActions({ controller }: { controller: SignInController }) {
  return (
    <p className="screen-actions">
      <button type="button" className="link-button" onClick={controller.resend}>
        {t("sendNewCode")}
      </button>
      <button type="button" className="link-button" onClick={controller.changeEmail}>
        {t("useDifferentEmail")}
      </button>
    </p>
  );
}
