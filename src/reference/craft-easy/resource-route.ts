// `/{resource}[/{id}]`: the route exists (404), the caller is signed in (401), may read the
// resource (403), the method fits the route (405) and the caller's methods (403); then the list,
// create or item route.
import { findDefinition } from "../resources.ts";
import { accessFor } from "../schema.ts";
import { authenticate, clientIp } from "./authenticate.ts";
import { createRecord, itemRoute } from "./item-routes.ts";
import { listRoute } from "./list-route.ts";
import { craftEasyError } from "./responses.ts";
import type { CraftEasyContext, ResourceRequest } from "./types.ts";

const METHOD_FEATURE: Record<string, string> = { GET: "read", POST: "create", PATCH: "edit", PUT: "edit", DELETE: "delete" };

export async function resourceRoute(context: CraftEasyContext, request: Request, url: URL, segments: string[]): Promise<Response> {
  const [name, id, ...rest] = segments;
  const definition = name ? findDefinition(name) : undefined;
  if (!name || !definition || rest.length > 0) return craftEasyError(404, "NOT_FOUND", `No route ${url.pathname}`, { path: url.pathname });
  const auth = authenticate(context, request);
  if (!auth.ok) return auth.response;
  const user = auth.user;
  const access = accessFor(user, name);
  if (!access) return craftEasyError(403, "ACCESS_DENIED", `You have no access to ${name}`, { resource: name, feature: "read" });
  const method = request.method.toUpperCase();
  const allowedForRoute = id === undefined ? ["GET", "POST"] : ["GET", "PATCH", "PUT", "DELETE"];
  if (!allowedForRoute.includes(method)) return craftEasyError(405, "METHOD_NOT_ALLOWED", `Method ${method} not allowed on ${url.pathname}`);
  if (!access.methods.includes(method)) {
    const feature = METHOD_FEATURE[method] ?? method;
    return craftEasyError(403, "ACCESS_DENIED", `You may not ${feature} ${name}`, { resource: name, feature });
  }
  const resource = context.schemaFor(user).resources.find((r) => r.name === name) ?? definition.schema;
  const target: ResourceRequest = { context, request, url, method, name, definition, resource, user, access, actor: { userId: user.id, userName: user.name, ip: clientIp(request) } };
  if (id === undefined) return method === "GET" ? listRoute(target) : createRecord(target);
  return itemRoute(target, id);
}
