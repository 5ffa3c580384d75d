// The sign-in steps as a pure state machine (the controller hook, use-sign-in-controller.ts, runs
// it against the backend): OTP is Email → Code → optional two-factor Code; password sign-in is
// Email + Password. Tests drive it without rendering (sign-in-steps.test.ts).
import type { BackendInfo, LoginResult, LoginStep } from "../../backend/types.ts";
import { t } from "./messages.ts";

export type SignInStep = { kind: "email" } | { kind: "code"; target: string; message?: string } | { kind: "two-factor" } | { kind: "password" };

export interface SignInState {
  step: SignInStep;
  email: string;
  password: string;
  code: string;
  /** A request is out: the form ignores further submits. */
  busy: boolean;
  /** Shown in role="alert"; the inputs are marked invalid meanwhile. */
  error: string | null;
  /** Shown in role="status" (a new code was sent). */
  notice: string | null;
}

export type SignInField = "email" | "password" | "code";

export type SignInEvent =
  | { type: "edit"; field: SignInField; value: string }
  /** A submit with something missing. */
  | { type: "invalid"; message: string }
  /** A login or resend request went out. */
  | { type: "request" }
  | { type: "answered"; result: LoginResult }
  | { type: "resent" }
  | { type: "failed"; message: string }
  | { type: "use-different-email" };

export function initialSignInState(login: BackendInfo["login"], email: string): SignInState {
  return { step: login.kind === "otp" ? { kind: "email" } : { kind: "password" }, email, password: "", code: "", busy: false, error: null, notice: null };
}

/** The step a login answer leads to (signed in: the state stays, the form is done). */
function answered(state: SignInState, result: LoginResult): SignInState {
  const settled = { ...state, busy: false };
  if (result.status === "signed-in") return settled;
  const step: SignInStep =
    result.status === "code-sent"
      ? { kind: "code", target: result.target, ...(result.message !== undefined ? { message: result.message } : {}) }
      : { kind: "two-factor" };
  return { ...settled, step, code: "", notice: null };
}

export function signInReducer(state: SignInState, event: SignInEvent): SignInState {
  switch (event.type) {
    case "edit":
      return { ...state, [event.field]: event.value };
    case "invalid":
      return { ...state, error: event.message };
    case "request":
      return { ...state, busy: true, error: null };
    case "answered":
      return answered(state, event.result);
    case "resent":
      return { ...state, busy: false, notice: t("newCodeSent") };
    case "failed":
      return { ...state, busy: false, error: event.message };
    case "use-different-email":
      return { ...state, step: { kind: "email" }, code: "", error: null, notice: null };
  }
}

/** What submitting the current step asks the backend, or what is missing. */
export function loginRequest(state: SignInState, channel: "email" | "sms"): { request: LoginStep } | { missing: string } {
  const email = state.email.trim();
  const code = state.code.trim();
  switch (state.step.kind) {
    case "email":
      return email ? { request: { step: "request-code", channel, target: email } } : { missing: t("missingEmail") };
    case "code":
      return code ? { request: { step: "verify-code", target: state.step.target, code } } : { missing: t("missingCode") };
    case "two-factor":
      return code ? { request: { step: "two-factor", code } } : { missing: t("missingTwoFactor") };
    case "password":
      return email && state.password ? { request: { step: "password", email, password: state.password } } : { missing: t("missingEmailPassword") };
  }
}
