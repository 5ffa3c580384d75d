// The schema's `auth` (craft-easy.md §3, AuthConfig). A missing member takes the adapter default
// (§13: "from schema.auth.login_endpoint, else /auth/login/email", and so on).
import * as v from "valibot";
import { obj } from "./shape-kit.ts";

export const DEFAULT_AUTH = {
  login_endpoint: "/auth/login/email",
  refresh_endpoint: "/auth/refresh",
  token_header: "X-API-Key",
} as const;

export const AuthShape = obj({
  login_endpoint: v.nullish(v.string(), DEFAULT_AUTH.login_endpoint),
  refresh_endpoint: v.nullish(v.string(), DEFAULT_AUTH.refresh_endpoint),
  token_header: v.nullish(v.string(), DEFAULT_AUTH.token_header),
}, "auth object");
