import type { CurrentUser } from "../../backend/types.ts";

/** The identity used when the backend runs without authentication. */
export const ANONYMOUS_USER: CurrentUser = { id: "anonymous" };
