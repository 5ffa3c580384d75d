import { useEffect, useId, useRef, type FormEvent } from "react";
import { useSignInController, type SignInControllerOptions } from "./use-sign-in-controller.ts";
import { CodeField, CodeStepActions, EmailField, PasswordField } from "./sign-in-fields.tsx";
import { t } from "./messages.ts";

export interface SignInFormProps extends SignInControllerOptions {
  /** Focus the first input on mount (the full-page screen does; dialogs focus themselves). */
  autoFocus?: boolean;
}

/** Focus the step's first input when the step changes (and on mount only when asked). */
function useStepFocus(stepKind: string, autoFocus: boolean | undefined) {
  const firstInput = useRef<HTMLInputElement>(null);
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      if (!autoFocus) return;
    }
    firstInput.current?.focus();
  }, [stepKind, autoFocus]);
  return firstInput;
}

/**
 * The sign-in steps the backend asks for: OTP (`Email` → `Code` → optional two-factor `Code`)
 * or `Email` + `Password`. Each step submits with a `Sign in` button; errors are shown in
 * role="alert". The steps' logic is the controller's (use-sign-in-controller.ts).
 */
export function SignInForm({ autoFocus, ...options }: SignInFormProps) {
  const controller = useSignInController(options);
  const { step, busy, error, notice } = controller.state;
  const firstInput = useStepFocus(step.kind, autoFocus);
  const id = useId();
  const errorId = `${id}-error`;
  const fieldProps = { controller, id, describedBy: error ? errorId : undefined, inputRef: firstInput };

  function submit(ev: FormEvent<HTMLFormElement>) {
    ev.preventDefault();
    controller.submit();
  }

  return (
    <form onSubmit={submit} noValidate aria-busy={busy}>
      {error && (
        <div id={errorId} className="alert" role="alert">
          {error}
        </div>
      )}
      {(step.kind === "email" || step.kind === "password") && <EmailField {...fieldProps} />}
      {step.kind === "password" && <PasswordField {...fieldProps} />}
      {(step.kind === "code" || step.kind === "two-factor") && <CodeField {...fieldProps} />}
      {notice && (
        <p className="hint" role="status">
          {notice}
        </p>
      )}
      <button type="submit" className="btn btn-primary btn-block" aria-busy={busy} aria-disabled={busy}>
        {t("signIn")}
      </button>
      {step.kind === "code" && <CodeStepActions controller={controller} />}
    </form>
  );
}
