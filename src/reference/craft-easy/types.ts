// Typed contracts of the Craft Easy face: its options, what every route gets, and the issue shape
// of its 422 VALIDATION_ERROR details.
import type { AdminSchema, ResourceSchema } from "../../protocol/types.ts";
import type { ResourceDefinition } from "../resources.ts";
import type { Actor, Store } from "../store/types.ts";
import type { TokenAuthority, TokenClaims } from "../tokens.ts";
import type { DemoUser, ResourceAccess } from "../users.ts";

export type VerifyPath = "/auth/login/verify" | "/auth/verify-otp";

export interface CraftEasyHandlerOptions {
  tokens: TokenAuthority;
  idKey?: "id" | "_id";
  verifyPath?: VerifyPath;
  searchParam?: string;
  /** Applied to every user's schema after it is built (control.changeSchema). */
  schemaTransform?: () => ((schema: AdminSchema, user: DemoUser) => AdminSchema) | null;
}

export type CraftEasyHandler = (request: Request, path?: string) => Promise<Response>;

/** What every route of the face shares: the store, the token authority and the resolved options. */
export interface CraftEasyContext {
  store: Store;
  tokens: TokenAuthority;
  idKey: "id" | "_id";
  searchParam: string | undefined;
  /** The user's schema, after the control's transform. */
  schemaFor(user: DemoUser): AdminSchema;
}

/** A Pydantic-style issue: `{loc: ["body", field], msg, type, input}`. */
export interface ValidationIssue {
  loc: (string | number)[];
  msg: string;
  type: string;
  input?: unknown;
}

export type Authed = { ok: true; user: DemoUser; claims: TokenClaims } | { ok: false; response: Response };

/** A request to `/{resource}[/{id}]` that passed authentication and the access checks. */
export interface ResourceRequest {
  context: CraftEasyContext;
  request: Request;
  url: URL;
  method: string;
  name: string;
  definition: ResourceDefinition;
  /** The resource as this user's schema describes it. */
  resource: ResourceSchema;
  user: DemoUser;
  access: Required<ResourceAccess>;
  actor: Actor;
}
