import { Navigate, Outlet, useLocation } from "react-router";
import { useSession } from "../features/auth/session-context.ts";
import { loginPathFor } from "../features/auth/return-url.ts";

/** Routes below need a user: without one, go to /login?next=<this page>. */
export function RequireSession() {
  const { user } = useSession();
  const location = useLocation();
  if (!user) return <Navigate to={loginPathFor(location)} replace />;
  return <Outlet />;
}
