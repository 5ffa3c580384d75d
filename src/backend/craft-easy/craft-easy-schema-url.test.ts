// The theme's images are relative to the schema document the API sent (craft-easy.md §3.5), so
// the adapter resolves them against that document's URL before anything shows them.
import { describe, expect, it } from "vitest";
import { createCraftEasyBackend } from "./craft-easy-backend.ts";
import { makeSchema } from "./craft-easy-test-fixtures.ts";
import { validateSchema } from "../../protocol/validate-schema.ts";
import type { ThemeConfig } from "../../protocol/types.ts";

const BASE = "https://api.example/v1";

function serving(theme: ThemeConfig, status = 200) {
  const seen: string[] = [];
  const fetch = async (req: Request): Promise<Response> => {
    seen.push(req.url);
    return status === 304 ? new Response(null, { status: 304, headers: { ETag: '"e1"' } }) : Response.json(makeSchema({ theme }), { headers: { ETag: '"e1"' } });
  };
  return { seen, backend: createCraftEasyBackend({ baseUrl: BASE, validateSchema, storage: null, fetch }) };
}

describe("Craft Easy: theme URLs resolve against the schema document", () => {
  it("a relative logo and favicon name files on the API server", async () => {
    const { seen, backend } = serving({ primary_color: "#2563eb", logo_url: "/static/logo.svg", favicon_url: "icons/favicon.png" });
    const { schema } = await backend.loadSchema();
    expect(seen).toEqual(["https://api.example/v1/admin/schema"]);
    expect(schema.theme).toEqual({
      primary_color: "#2563eb",
      logo_url: "https://api.example/static/logo.svg",
      favicon_url: "https://api.example/v1/admin/icons/favicon.png",
    });
  });

  it("absolute URLs and raster data: URLs stay as they are", async () => {
    const png = "data:image/png;base64,iVBORw0KGgo=";
    const { backend } = serving({ primary_color: "#2563eb", logo_url: "https://cdn.example/logo.svg", favicon_url: png });
    expect((await backend.loadSchema()).schema.theme).toEqual({ primary_color: "#2563eb", logo_url: "https://cdn.example/logo.svg", favicon_url: png });
  });

  it("a cached copy kept from before (relative URLs) is resolved on a 304", async () => {
    const { backend } = serving({ primary_color: "" }, 304);
    const cached = validateSchema(makeSchema({ theme: { primary_color: "", logo_url: "/static/logo.svg" } }));
    const res = await backend.loadSchema({ schema: cached, etag: '"e1"' });
    expect(res.notModified).toBe(true);
    expect(res.schema.theme?.logo_url).toBe("https://api.example/static/logo.svg");
  });

  it("a script URL is an invalid schema that names the path", async () => {
    const { backend } = serving({ primary_color: "#2563eb", logo_url: "javascript:alert(1)" });
    const e = await backend.loadSchema().catch((x: unknown) => x);
    expect(e).toMatchObject({ code: "SCHEMA_INVALID", details: { issues: [{ path: "theme.logo_url" }] } });
  });
});
