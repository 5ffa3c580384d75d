// Helpers shared by the reference backend's own tests (not used by production code).
import type { ReferenceBackend } from "./reference-backend.ts";

export const BASE = "http://api.test";

export interface CallInit {
  method?: string;
  token?: string | null;
  body?: unknown;
  headers?: Record<string, string>;
}

export async function call(backend: ReferenceBackend, path: string, init: CallInit = {}): Promise<{ status: number; headers: Headers; json: unknown; text: string }> {
  const headers: Record<string, string> = { ...init.headers };
  if (init.token) headers["X-API-Key"] = init.token;
  if (init.body !== undefined) headers["Content-Type"] = "application/json";
  const res = await backend.handle(
    new Request(`${BASE}${path}`, { method: init.method ?? "GET", headers, body: init.body === undefined ? undefined : typeof init.body === "string" ? init.body : JSON.stringify(init.body) }),
  );
  const text = await res.text();
  return { status: res.status, headers: res.headers, json: parseJson(text), text };
}

function parseJson(text: string): unknown {
  try {
    return text ? (JSON.parse(text) as unknown) : null;
  } catch {
    return null;
  }
}

export async function login(backend: ReferenceBackend, email = "admin@example.com", verifyPath = "/auth/login/verify", prefix = ""): Promise<string> {
  await call(backend, `${prefix}/auth/login/email`, { method: "POST", body: { email, application: "test" } });
  const res = await call(backend, `${prefix}${verifyPath}`, { method: "POST", body: { target: email, code: "123456", application: "test" } });
  const token = (res.json as { token?: string } | null)?.token;
  if (!token) throw new Error(`login failed: ${res.status} ${res.text}`);
  return token;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests poke into JSON freely
export type Json = any;
