import { describe, expect, it } from "vitest";
import { boot } from "./boot.ts";
import type { AppConfig } from "../config/types.ts";

const demoConfig = (dialect: AppConfig["dialect"], settings: Record<string, unknown> = {}): AppConfig => ({ apiUrl: null, dialect, settings, demo: true });

describe("boot: demo mode with the litestar-admin dialect", () => {
  it("shows the password credentials from /api/config and declares the face's bulk actions", async () => {
    const booted = await boot({ loadConfig: () => Promise.resolve(demoConfig("litestar-admin")), demoLatencyMs: 0 });
    expect(booted.backend.dialect).toBe("litestar-admin");
    expect(booted.demoCredentials).toEqual([]);
    expect(booted.info.login.kind).toBe("password");
    expect(booted.info.devCredentials).toContainEqual(expect.objectContaining({ email: "admin@example.com", password: "admin" }));
    expect(booted.backend.capabilities().bulkActions.products?.map((a) => a.name)).toEqual(["activate", "archive"]);
  });

  it("keeps bulk actions the configuration declares", async () => {
    const bulkActions = { orders: [{ name: "refund", label: "Refund" }] };
    const booted = await boot({ loadConfig: () => Promise.resolve(demoConfig("litestar-admin", { bulkActions })), demoLatencyMs: 0 });
    expect(booted.backend.capabilities().bulkActions).toEqual(bulkActions);
  });

  it("keeps the Craft Easy demo's e-mail codes", async () => {
    const booted = await boot({ loadConfig: () => Promise.resolve(demoConfig("auto")), demoLatencyMs: 0 });
    expect(booted.backend.dialect).toBe("craft-easy");
    expect(booted.demoCredentials[0]).toEqual(expect.objectContaining({ email: "admin@example.com", code: "123456" }));
  });
});
