import { describe, expect, it } from "vitest";
import { initialSignInState, loginRequest, signInReducer, type SignInEvent, type SignInState } from "./sign-in-steps.ts";

const run = (state: SignInState, ...events: SignInEvent[]) => events.reduce(signInReducer, state);
const otp = () => initialSignInState({ kind: "otp", channels: ["email"] }, "");

describe("sign-in steps", () => {
  it("starts at Email for OTP and at Email + Password for passwords, with the given email", () => {
    expect(otp().step).toEqual({ kind: "email" });
    const pw = initialSignInState({ kind: "password" }, "a@b.c");
    expect(pw.step).toEqual({ kind: "password" });
    expect(pw.email).toBe("a@b.c");
  });

  it("runs email → code → two-factor, clearing the code between steps", () => {
    let s = run(otp(), { type: "edit", field: "email", value: " admin@example.com " });
    expect(loginRequest(s, "email")).toEqual({ request: { step: "request-code", channel: "email", target: "admin@example.com" } });
    s = run(s, { type: "request" });
    expect(s.busy).toBe(true);
    s = run(s, { type: "answered", result: { status: "code-sent", target: "admin@example.com", message: "Check your inbox" } });
    expect(s).toMatchObject({ step: { kind: "code", target: "admin@example.com", message: "Check your inbox" }, busy: false, code: "" });
    s = run(s, { type: "edit", field: "code", value: "123456" });
    expect(loginRequest(s, "email")).toEqual({ request: { step: "verify-code", target: "admin@example.com", code: "123456" } });
    s = run(s, { type: "request" }, { type: "answered", result: { status: "two-factor-required" } });
    expect(s).toMatchObject({ step: { kind: "two-factor" }, code: "", busy: false });
    s = run(s, { type: "edit", field: "code", value: "654321" });
    expect(loginRequest(s, "email")).toEqual({ request: { step: "two-factor", code: "654321" } });
    const done = run(s, { type: "request" }, { type: "answered", result: { status: "signed-in", user: { id: "u1" } } });
    expect(done).toEqual({ ...s, busy: false });
  });

  it("says what is missing for each step instead of asking the backend", () => {
    expect(loginRequest(otp(), "email")).toEqual({ missing: "Enter your email address." });
    const code = run(otp(), { type: "answered", result: { status: "code-sent", target: "a@b.c" } });
    expect(loginRequest(code, "email")).toEqual({ missing: "Enter the code you received." });
    const twoFactor = run(code, { type: "answered", result: { status: "two-factor-required" } });
    expect(loginRequest(twoFactor, "email")).toEqual({ missing: "Enter your authenticator code." });
    const pw = initialSignInState({ kind: "password" }, "a@b.c");
    expect(loginRequest(pw, "email")).toEqual({ missing: "Enter your email and password." });
    expect(loginRequest(run(pw, { type: "edit", field: "password", value: " x " }), "email")).toEqual({ request: { step: "password", email: "a@b.c", password: " x " } });
    expect(run(pw, { type: "invalid", message: "Enter your email and password." }).error).toBe("Enter your email and password.");
  });

  it("shows a failure until the next request, and a resent code as a notice until the next step", () => {
    const code = run(otp(), { type: "answered", result: { status: "code-sent", target: "a@b.c" } });
    const failed = run(code, { type: "request" }, { type: "failed", message: "The code is wrong." });
    expect(failed).toMatchObject({ busy: false, error: "The code is wrong.", step: { kind: "code" } });
    const resent = run(failed, { type: "request" }, { type: "resent" });
    expect(resent).toMatchObject({ busy: false, error: null, notice: "A new code has been sent." });
    expect(run(resent, { type: "answered", result: { status: "two-factor-required" } }).notice).toBeNull();
  });

  it("goes back to Email with a different address, clearing code, error and notice", () => {
    const s = run(
      otp(),
      { type: "edit", field: "email", value: "a@b.c" },
      { type: "answered", result: { status: "code-sent", target: "a@b.c" } },
      { type: "edit", field: "code", value: "1" },
      { type: "failed", message: "x" },
      { type: "resent" },
      { type: "use-different-email" },
    );
    expect(s).toMatchObject({ step: { kind: "email" }, email: "a@b.c", code: "", error: null, notice: null });
  });
});
