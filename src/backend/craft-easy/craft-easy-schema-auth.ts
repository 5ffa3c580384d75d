// Endpoints and the token header, from settings, else the schema's `auth` (craft-easy.md §2.2,
// §4.1), else the documented defaults: the sign-in screen needs them before any schema is read.
import type { AuthConfig } from "../../protocol/types.ts";
import { parseWire, SchemaAuthShape } from "./craft-easy-wire.ts";
import {
  CRAFT_EASY_DEFAULT_LOGIN_ENDPOINT,
  CRAFT_EASY_DEFAULT_REFRESH_ENDPOINT,
  CRAFT_EASY_DEFAULT_TOKEN_HEADER,
} from "./craft-easy-settings.ts";
import type { CraftEasySettings } from "./craft-easy-settings.ts";

export interface CraftEasySchemaAuth {
  /**
   * Takes `schema.auth`: members that are not non-empty strings are ignored; a non-object keeps
   * the last one (and answers false).
   */
  apply(auth: unknown): boolean;
  loginEndpoint(): string;
  refreshEndpoint(): string;
  /** `persisted`: the header a restored session was sent in, before any schema is read. */
  tokenHeader(persisted?: string): string;
}

export function createCraftEasySchemaAuth(settings: CraftEasySettings): CraftEasySchemaAuth {
  let auth: Partial<AuthConfig> = {};
  return {
    apply(raw) {
      const parsed = parseWire(SchemaAuthShape, raw);
      if (!parsed) return false;
      auth = {};
      if (parsed.login_endpoint) auth.login_endpoint = parsed.login_endpoint;
      if (parsed.refresh_endpoint) auth.refresh_endpoint = parsed.refresh_endpoint;
      if (parsed.token_header) auth.token_header = parsed.token_header;
      return true;
    },
    loginEndpoint: () => settings.loginEndpoint ?? auth.login_endpoint ?? CRAFT_EASY_DEFAULT_LOGIN_ENDPOINT,
    refreshEndpoint: () => settings.refreshEndpoint ?? auth.refresh_endpoint ?? CRAFT_EASY_DEFAULT_REFRESH_ENDPOINT,
    tokenHeader: (persisted) => settings.tokenHeader ?? auth.token_header ?? persisted ?? CRAFT_EASY_DEFAULT_TOKEN_HEADER,
  };
}
