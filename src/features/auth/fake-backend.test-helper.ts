// A scripted Backend for auth component tests: only the auth members do anything.
import { vi } from "vitest";
import type { Backend, BackendInfo, CurrentUser, LoginResult, LoginStep, SessionListener } from "../../backend/types.ts";

export interface FakeBackend extends Backend {
  emit(user: CurrentUser | null, reason: Parameters<SessionListener>[1]): void;
  loginMock: ReturnType<typeof vi.fn<(step: LoginStep) => Promise<LoginResult>>>;
}

export const OTP_INFO: BackendInfo = {
  title: "Test Admin",
  login: { kind: "otp", channels: ["email"] },
  authRequired: true,
  devCredentials: [],
};

export function fakeBackend(login: (step: LoginStep) => Promise<LoginResult>, user: CurrentUser | null = null): FakeBackend {
  const listeners = new Set<SessionListener>();
  const loginMock = vi.fn(login);
  const unsupported = () => Promise.reject(new Error("not in this fake"));
  return {
    dialect: "craft-easy",
    baseUrl: "https://api.test",
    capabilities: () => {
      throw new Error("not in this fake");
    },
    bootstrap: () => Promise.resolve(OTP_INFO),
    login: loginMock,
    refresh: () => Promise.resolve(true),
    logout: vi.fn(() => Promise.resolve()),
    currentUser: () => user,
    onSessionChange(l) {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    emit(u, reason) {
      for (const l of listeners) l(u, reason);
    },
    loginMock,
    loadSchema: unsupported,
    idOf: () => "",
    list: unsupported,
    get: unsupported,
    create: unsupported,
    update: unsupported,
    remove: unsupported,
    searchRelation: unsupported,
    resolveRelation: unsupported,
  };
}
