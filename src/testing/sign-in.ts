// The one sign-in for whole-app tests (src/testing/render-app.tsx): through the sign-in screen as
// a user does it, by the accessible names of DESIGN.md's UI contract. The e-mailed code flow by
// default (Craft Easy); the password flow when a password is given (litestar-admin).
import { screen } from "@testing-library/react";
import type userEvent from "@testing-library/user-event";
import { DEMO_OTP_CODE } from "../reference/demo-credentials.ts";

export type User = ReturnType<typeof userEvent.setup>;

export interface SignInOptions {
  /** Default: the demo admin. */
  email?: string;
  /** The e-mailed code. Default: the demo code. */
  code?: string;
  /** Sign in with this password instead of a code (the screen must ask for one). */
  password?: string;
  /** How long to wait for each screen: the boot before it, the code step after it. */
  timeout?: number;
}

/** Fills the sign-in screen and submits; returns once the last step is sent. */
export async function signIn(user: User, options: SignInOptions = {}): Promise<void> {
  const { email = "admin@example.com", code = DEMO_OTP_CODE, password, timeout = 15_000 } = options;
  const emailBox = await screen.findByRole("textbox", { name: "Email" }, { timeout });
  // a reload or a second sign-in may find the last e-mail filled in
  await user.clear(emailBox);
  await user.type(emailBox, email);
  if (password !== undefined) {
    await user.type(screen.getByLabelText("Password"), password);
    await user.click(screen.getByRole("button", { name: "Sign in" }));
    return;
  }
  await user.click(screen.getByRole("button", { name: "Sign in" }));
  await user.type(await screen.findByRole("textbox", { name: "Code" }, { timeout }), code);
  await user.click(screen.getByRole("button", { name: "Sign in" }));
}
