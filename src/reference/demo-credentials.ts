// The demo sign-in details of the reference backend. Tiny on purpose: the app's sign-in screen
// imports only this file in demo mode. Codes are fixed; the reference backend accepts nothing else.
import type { DevCredential } from "../backend/types.ts";

export const DEMO_OTP_CODE = "123456";
export const DEMO_TWO_FACTOR_CODE = "654321";

/** One entry per demo user. `code` is the e-mail OTP; the 2FA user also needs DEMO_TWO_FACTOR_CODE. */
export const DEMO_CREDENTIALS: readonly DevCredential[] = [
  { email: "admin@example.com", code: DEMO_OTP_CODE, role: "Administrator (system scope, sees everything)" },
  { email: "editor@example.com", code: DEMO_OTP_CODE, role: "Editor (tenant scope, limited access)" },
  { email: "2fa@example.com", code: DEMO_OTP_CODE, role: `Administrator with two-factor (2FA code ${DEMO_TWO_FACTOR_CODE})` },
];
