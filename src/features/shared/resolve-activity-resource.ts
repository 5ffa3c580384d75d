// Activity entries name their model the backend's way (Craft Easy resource name, litestar-admin
// model_name — or, on some apps, the class name). Map that to the schema's resource.
import type { ResourceSchema } from "../../protocol/types.ts";

const norm = (s: string) => s.toLowerCase().replace(/[-_\s]/g, "");
const singular = (s: string) => s.replace(/(ies)$/, "y").replace(/(s)$/, "");
const endpointTail = (endpoint: string) => endpoint.replace(/\/+$/, "").split("/").pop() ?? "";

export function resolveActivityResource(resources: readonly ResourceSchema[], name: string): ResourceSchema | null {
  if (!name) return null;
  const want = norm(name);
  return (
    resources.find((r) => r.name === name) ??
    resources.find((r) => norm(r.name) === want) ??
    resources.find((r) => norm(endpointTail(r.endpoint)) === want) ??
    resources.find((r) => norm(r.label) === want || norm(r.label_plural) === want) ??
    resources.find((r) => singular(norm(r.name)) === singular(want)) ??
    null
  );
}
