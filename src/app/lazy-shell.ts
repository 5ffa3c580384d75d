// The signed-in part of the app (shell layout, navigation, pages) as one lazily loaded chunk, so
// the first screen (sign-in) does not wait for it. Imported only through `import()` in
// app-routes.tsx; it is a chunk entry, not a barrel for static imports.
export { SchemaGate } from "./schema-gate.tsx";
export { ResourceRoute } from "./resource-route.tsx";
export { NotFoundPage } from "./not-found-page.tsx";
