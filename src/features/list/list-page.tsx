// Route entry for /r/:resource (own lazy chunk): the generic list of the resource.
import { useParams } from "react-router";
import { useResource } from "../../data/schema-context.tsx";
import { ListView } from "./list-view.tsx";

export function ListPage() {
  const { resource: name = "" } = useParams();
  const resource = useResource(name);
  if (!resource) return null; // ResourceRoute shows the not-found page
  return <ListView key={resource.name} resource={resource} />;
}
