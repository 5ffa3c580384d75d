// The sign-in form's controller: the step machine (sign-in-steps.ts) run against the backend.
import { useEffect, useReducer, useRef } from "react";
import type { Backend, BackendInfo, CurrentUser, LoginStep } from "../../backend/types.ts";
import { isApiError } from "../../backend/api-error.ts";
import { initialSignInState, loginRequest, signInReducer, type SignInField, type SignInState } from "./sign-in-steps.ts";
import { t } from "./messages.ts";

export interface SignInControllerOptions {
  backend: Backend;
  info: BackendInfo;
  onSignedIn(user: CurrentUser): void;
  /** Pre-filled email (e.g. the user whose session was lost). */
  defaultEmail?: string;
}

export interface SignInController {
  state: SignInState;
  edit(field: SignInField, value: string): void;
  /** Submit the current step (ignored while a request is out). */
  submit(): void;
  /** Send a new code (code step). */
  resend(): void;
  /** Back to the email step. */
  changeEmail(): void;
}

function errorMessage(e: unknown): string {
  if (isApiError(e)) return e.message || t("signInFailed");
  if (e instanceof Error) return e.message;
  return t("signInFailed");
}

export function useSignInController({ backend, info, onSignedIn, defaultEmail = "" }: SignInControllerOptions): SignInController {
  const [state, dispatch] = useReducer(signInReducer, undefined, () => initialSignInState(info.login, defaultEmail));
  const channel = info.login.kind === "otp" ? (info.login.channels[0] ?? "email") : "email";
  // answers that arrive after the form is gone are dropped
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  async function request(step: LoginStep, then: "answer" | "resent"): Promise<void> {
    dispatch({ type: "request" });
    try {
      const result = await backend.login(step);
      if (!mounted.current) return;
      if (then === "resent") return dispatch({ type: "resent" });
      if (result.status === "signed-in") onSignedIn(result.user);
      if (mounted.current) dispatch({ type: "answered", result });
    } catch (e) {
      if (mounted.current) dispatch({ type: "failed", message: errorMessage(e) });
    }
  }

  return {
    state,
    edit: (field, value) => dispatch({ type: "edit", field, value }),
    submit() {
      if (state.busy) return;
      const next = loginRequest(state, channel);
      if ("missing" in next) dispatch({ type: "invalid", message: next.missing });
      else void request(next.request, "answer");
    },
    resend() {
      if (state.busy || state.step.kind !== "code") return;
      void request({ step: "request-code", channel, target: state.step.target }, "resent");
    },
    changeEmail: () => dispatch({ type: "use-different-email" }),
  };
}
