import { useId, useRef, useState, useEffect, type FormEvent } from "react";
import type { Backend, BackendInfo, CurrentUser, LoginStep } from "../../backend/types.ts";
import { isApiError } from "../../backend/api-error.ts";

type Step =
  | { kind: "email" }
  | { kind: "code"; target: string; message?: string }
  | { kind: "two-factor" }
  | { kind: "password" };

export interface SignInFormProps {
  backend: Backend;
  info: BackendInfo;
  onSignedIn(user: CurrentUser): void;
  /** Pre-filled email (e.g. the user whose session was lost). */
  defaultEmail?: string;
  /** Focus the first input on mount (the full-page screen does; dialogs focus themselves). */
  autoFocus?: boolean;
}

function errorMessage(e: unknown): string {
  if (isApiError(e)) return e.message || "Sign-in failed.";
  if (e instanceof Error) return e.message;
  return "Sign-in failed.";
}

/**
 * The sign-in steps the backend asks for: OTP (`Email` → `Code` → optional two-factor `Code`)
 * or `Email` + `Password`. Each step submits with a `Sign in` button; errors are shown in
 * role="alert".
 */
export function SignInForm({ backend, info, onSignedIn, defaultEmail = "", autoFocus }: SignInFormProps) {
  const otp = info.login.kind === "otp";
  const channel = info.login.kind === "otp" ? (info.login.channels[0] ?? "email") : "email";
  const [step, setStep] = useState<Step>(otp ? { kind: "email" } : { kind: "password" });
  const [email, setEmail] = useState(defaultEmail);
  const [password, setPassword] = useState("");
  const [code, setCode] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const firstInput = useRef<HTMLInputElement>(null);
  const id = useId();
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  // move focus to the new step's input when the step changes (not on first mount unless asked)
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      if (!autoFocus) return;
    }
    firstInput.current?.focus();
  }, [step.kind, autoFocus]);

  async function run(loginStep: LoginStep): Promise<void> {
    setBusy(true);
    setError(null);
    try {
      const result = await backend.login(loginStep);
      if (!mounted.current) return;
      if (result.status === "signed-in") {
        onSignedIn(result.user);
        return;
      }
      setCode("");
      if (result.status === "code-sent") {
        setNotice(null);
        setStep({ kind: "code", target: result.target, message: result.message });
      } else {
        setNotice(null);
        setStep({ kind: "two-factor" });
      }
    } catch (e) {
      if (mounted.current) setError(errorMessage(e));
    } finally {
      if (mounted.current) setBusy(false);
    }
  }

  function submit(ev: FormEvent<HTMLFormElement>) {
    ev.preventDefault();
    if (busy) return;
    switch (step.kind) {
      case "email":
        if (!email.trim()) return setError("Enter your email address.");
        void run({ step: "request-code", channel, target: email.trim() });
        return;
      case "code":
        if (!code.trim()) return setError("Enter the code you received.");
        void run({ step: "verify-code", target: step.target, code: code.trim() });
        return;
      case "two-factor":
        if (!code.trim()) return setError("Enter your authenticator code.");
        void run({ step: "two-factor", code: code.trim() });
        return;
      case "password":
        if (!email.trim() || !password) return setError("Enter your email and password.");
        void run({ step: "password", email: email.trim(), password });
        return;
    }
  }

  async function resend() {
    if (busy || step.kind !== "code") return;
    setBusy(true);
    setError(null);
    try {
      await backend.login({ step: "request-code", channel, target: step.target });
      if (mounted.current) setNotice("A new code has been sent.");
    } catch (e) {
      if (mounted.current) setError(errorMessage(e));
    } finally {
      if (mounted.current) setBusy(false);
    }
  }

  const errorId = `${id}-error`;
  const describedBy = error ? errorId : undefined;

  return (
    <form onSubmit={submit} noValidate aria-busy={busy}>
      {error && (
        <div id={errorId} className="alert" role="alert">
          {error}
        </div>
      )}
      {(step.kind === "email" || step.kind === "password") && (
        <div className="field">
          <label htmlFor={`${id}-email`}>Email</label>
          <input
            ref={firstInput}
            id={`${id}-email`}
            className="input"
            type="email"
            name="email"
            autoComplete="username"
            inputMode="email"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
            required
          />
        </div>
      )}
      {step.kind === "password" && (
        <div className="field">
          <label htmlFor={`${id}-password`}>Password</label>
          <input
            id={`${id}-password`}
            className="input"
            type="password"
            name="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
            required
          />
        </div>
      )}
      {(step.kind === "code" || step.kind === "two-factor") && (
        <div className="field">
          <label htmlFor={`${id}-code`}>Code</label>
          <input
            ref={firstInput}
            id={`${id}-code`}
            className="input"
            type="text"
            name="code"
            inputMode="numeric"
            autoComplete="one-time-code"
            value={code}
            onChange={(e) => setCode(e.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={[`${id}-code-hint`, describedBy].filter(Boolean).join(" ")}
            required
          />
          <span id={`${id}-code-hint`} className="hint">
            {step.kind === "code"
              ? `Enter the one-time code sent to ${step.target}.`
              : "Two-factor authentication: enter the code from your authenticator app."}
          </span>
        </div>
      )}
      {notice && (
        <p className="hint" role="status">
          {notice}
        </p>
      )}
      <button type="submit" className="btn btn-primary btn-block" aria-busy={busy} aria-disabled={busy}>
        Sign in
      </button>
      {step.kind === "code" && (
        <p className="screen-actions">
          <button type="button" className="link-button" onClick={() => void resend()}>
            Send a new code
          </button>
          <button
            type="button"
            className="link-button"
            onClick={() => {
              setError(null);
              setNotice(null);
              setCode("");
              setStep({ kind: "email" });
            }}
          >
            Use a different email
          </button>
        </p>
      )}
    </form>
  );
}
