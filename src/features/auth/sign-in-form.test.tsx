import { afterEach, describe, expect, it, vi } from "vitest";
import { activateLocale } from "../../i18n/translate.ts";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ApiError } from "../../backend/api-error.ts";
import type { LoginStep } from "../../backend/types.ts";
import { SignInForm } from "./sign-in-form.tsx";
import { renderApp } from "../../testing/render-app.tsx";
import { FakeBackend, OTP_INFO } from "../../testing/fake-backend.ts";

const USER = { id: "u1", email: "admin@example.com" };

describe("SignInForm", () => {
  it("runs email → code → two-factor code and reports the signed-in user", async () => {
    const backend = new FakeBackend({ user: null, info: OTP_INFO, login: async (step: LoginStep) => {
      if (step.step === "request-code") return { status: "code-sent", target: step.target };
      if (step.step === "verify-code") return { status: "two-factor-required" };
      if (step.step === "two-factor" && step.code === "654321") return { status: "signed-in", user: USER };
      throw new ApiError({ status: 401, code: "BAD", message: "nope" });
    } });
    const onSignedIn = vi.fn();
    const user = userEvent.setup();
    render(<SignInForm backend={backend} info={OTP_INFO} onSignedIn={onSignedIn} />);

    await user.type(screen.getByRole("textbox", { name: "Email" }), "admin@example.com");
    await user.click(screen.getByRole("button", { name: "Sign in" }));
    await user.type(await screen.findByRole("textbox", { name: "Code" }), "123456");
    expect(screen.getByText(/sent to admin@example.com/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Sign in" }));
    expect(await screen.findByText(/Two-factor authentication/)).toBeInTheDocument();
    const code = screen.getByRole("textbox", { name: "Code" });
    expect(code).toHaveValue("");
    await user.type(code, "654321");
    await user.click(screen.getByRole("button", { name: "Sign in" }));

    expect(onSignedIn).toHaveBeenCalledWith(USER);
    expect(backend.login.mock.calls.map((c) => c[0])).toEqual([
      { step: "request-code", channel: "email", target: "admin@example.com" },
      { step: "verify-code", target: "admin@example.com", code: "123456" },
      { step: "two-factor", code: "654321" },
    ]);
  });

  it("shows a wrong code in role=alert, marks the button busy meanwhile, and lets the user retry", async () => {
    let release: () => void = () => {};
    const backend = new FakeBackend({ user: null, info: OTP_INFO, login: async (step) => {
      if (step.step === "request-code") return { status: "code-sent", target: step.target };
      await new Promise<void>((r) => (release = r));
      throw new ApiError({ status: 400, code: "INVALID_CODE", message: "The code is wrong or has expired." });
    } });
    const user = userEvent.setup();
    render(<SignInForm backend={backend} info={OTP_INFO} onSignedIn={vi.fn()} defaultEmail="a@b.c" />);
    await user.click(screen.getByRole("button", { name: "Sign in" }));
    await user.type(await screen.findByRole("textbox", { name: "Code" }), "000000");
    await user.click(screen.getByRole("button", { name: "Sign in" }));
    expect(screen.getByRole("button", { name: "Sign in" })).toHaveAttribute("aria-busy", "true");
    release();
    expect(await screen.findByRole("alert")).toHaveTextContent("The code is wrong or has expired.");
    expect(screen.getByRole("button", { name: "Sign in" })).toHaveAttribute("aria-busy", "false");
    expect(screen.getByRole("textbox", { name: "Code" })).toHaveAttribute("aria-invalid", "true");
  });

  it("asks for Email and Password when the backend uses passwords", async () => {
    const backend = new FakeBackend({ user: null, info: OTP_INFO, login: async (step) => {
      if (step.step === "password" && step.password === "secret") return { status: "signed-in", user: USER };
      throw new ApiError({ status: 401, code: "BAD", message: "Invalid credentials" });
    } });
    const onSignedIn = vi.fn();
    const user = userEvent.setup();
    render(<SignInForm backend={backend} info={{ ...OTP_INFO, login: { kind: "password" } }} onSignedIn={onSignedIn} />);
    await user.type(screen.getByRole("textbox", { name: "Email" }), "admin@example.com");
    await user.type(screen.getByLabelText("Password"), "wrong");
    await user.click(screen.getByRole("button", { name: "Sign in" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Invalid credentials");
    await user.clear(screen.getByLabelText("Password"));
    await user.type(screen.getByLabelText("Password"), "secret");
    await user.click(screen.getByRole("button", { name: "Sign in" }));
    expect(onSignedIn).toHaveBeenCalledWith(USER);
  });
});

describe("SignInForm in Swedish", () => {
  afterEach(() => activateLocale("en"));

  it("names its fields, steps, notices and refusals in Swedish", async () => {
    await activateLocale("sv");
    const backend = new FakeBackend({ user: null, info: OTP_INFO, login: async (step: LoginStep) => {
      if (step.step === "request-code") return { status: "code-sent", target: step.target };
      throw new ApiError({ status: 401, code: "BAD", message: "" });
    } });
    const user = userEvent.setup();
    render(<SignInForm backend={backend} info={OTP_INFO} onSignedIn={vi.fn()} />);
    await user.click(screen.getByRole("button", { name: "Logga in" }));
    expect(screen.getByRole("alert")).toHaveTextContent("Ange din e-postadress.");
    await user.type(screen.getByRole("textbox", { name: "E-post" }), "admin@example.com");
    await user.click(screen.getByRole("button", { name: "Logga in" }));
    expect(await screen.findByText("Ange engångskoden som skickades till admin@example.com.")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Skicka en ny kod" }));
    expect(await screen.findByRole("status")).toHaveTextContent("En ny kod har skickats.");
    await user.type(screen.getByRole("textbox", { name: "Kod" }), "1");
    await user.click(screen.getByRole("button", { name: "Logga in" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Inloggningen misslyckades.");
    expect(screen.getByRole("button", { name: "Använd en annan e-postadress" })).toBeInTheDocument();
  });

  it("shows the sign-in screen in Swedish", async () => {
    await activateLocale("sv");
    renderApp({ path: "/login" });
    expect(await screen.findByRole("heading", { name: "Logga in", level: 1 }, { timeout: 15_000 })).toBeInTheDocument();
    expect(document.body).toHaveTextContent(/till .+\. Vi skickar en engångskod till din e-postadress\./);
    expect(document.title).toMatch(/^Logga in · /);
    expect(screen.getByRole("textbox", { name: "E-post" })).toBeInTheDocument();
  });
});
