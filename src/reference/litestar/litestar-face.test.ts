// Mounting the litestar face on the reference backend beside Craft Easy.
import { describe, expect, it } from "vitest";
import { createReferenceBackend } from "../reference-backend.ts";
import { litestarCall } from "../testing/reference-setup.ts";
import { litestarFace } from "./litestar-face.ts";

describe("mounting", () => {
  it("litestarFace() can be mounted explicitly, and Craft Easy keeps answering at /", async () => {
    const b = createReferenceBackend({ seed: { orders: 10 }, faces: [litestarFace({ debug: false })] });
    const cfg = await litestarCall(b, "GET", "/admin/api/config");
    expect(cfg.json.debug).toBe(false);
    const schema = await litestarCall(b, "GET", "/admin/schema");
    expect(schema.status).toBe(401);
    expect(schema.json.error.code).toBeDefined();
  });
});
