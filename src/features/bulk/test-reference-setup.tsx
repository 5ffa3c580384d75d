// Test setup for bulk/export/import components: a signed-in Craft Easy (or litestar-admin)
// backend over the in-process reference backend, its schema, and providers to render in.
import { createCraftEasyBackend } from "../../backend/craft-easy/craft-easy-backend.ts";
import { createLitestarBackend } from "../../backend/litestar-admin/litestar-backend.ts";
import type { Backend } from "../../backend/types.ts";
import { dataWrapper } from "../../data/test-wrapper.tsx";
import { validateSchema } from "../../protocol/validate-schema.ts";
import type { AdminSchema, ResourceSchema } from "../../protocol/types.ts";
import { DEMO_OTP_CODE } from "../../reference/demo-credentials.ts";
import { createReferenceBackend, type ReferenceBackend, type ReferenceOptions } from "../../reference/reference-backend.ts";

export interface ReferenceSetup {
  reference: ReferenceBackend;
  backend: Backend;
  schema: AdminSchema;
  resource(name: string): ResourceSchema;
  wrapper: ReturnType<typeof dataWrapper>;
}

export async function referenceSetup(
  opts: ReferenceOptions & { dialect?: "craft-easy" | "litestar-admin"; wrapFetch?: (inner: (r: Request) => Promise<Response>) => (r: Request) => Promise<Response> } = {},
): Promise<ReferenceSetup> {
  const { dialect = "craft-easy", wrapFetch, ...refOpts } = opts;
  const reference = createReferenceBackend({ seed: { orders: 50 }, ...refOpts });
  const inner = (req: Request) => reference.handle(req);
  const fetchImpl = wrapFetch ? wrapFetch(inner) : inner;
  let backend: Backend;
  if (dialect === "craft-easy") {
    backend = createCraftEasyBackend({ baseUrl: "https://ref.test", fetch: fetchImpl, validateSchema, storage: null, settings: {} });
    await backend.bootstrap();
    await backend.login({ step: "request-code", channel: "email", target: "admin@example.com" });
    await backend.login({ step: "verify-code", target: "admin@example.com", code: DEMO_OTP_CODE });
  } else {
    backend = createLitestarBackend({ baseUrl: "https://ref.test/admin/api", fetch: fetchImpl, validateSchema, storage: null, settings: {} });
    await backend.bootstrap();
    await backend.login({ step: "password", email: "admin@example.com", password: "admin" });
  }
  const { schema } = await backend.loadSchema();
  return {
    reference,
    backend,
    schema,
    resource(name) {
      const r = schema.resources.find((x) => x.name === name);
      if (!r) throw new Error(`no resource ${name}; have ${schema.resources.map((x) => x.name).join(", ")}`);
      return r;
    },
    wrapper: dataWrapper(backend, schema),
  };
}
