import { Outlet, useParams } from "react-router";
import { useResource } from "../data/schema-context.tsx";
import { NotFoundPage } from "./not-found-page.tsx";

/** `/r/:resource/*`: a resource the schema does not have is a not-found page naming it. */
export function ResourceRoute() {
  const { resource: name = "" } = useParams();
  const resource = useResource(name);
  if (!resource) return <NotFoundPage resource={name} />;
  return <Outlet />;
}
