import type { BackendInfo } from "../../backend/types.ts";

/** Whether this backend needs a signed-in user (false for "no-auth" backends). */
export function needsSignIn(info: BackendInfo): boolean {
  return info.authRequired && info.login.kind !== "none";
}
