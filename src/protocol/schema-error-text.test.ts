import { afterEach, describe, expect, it } from "vitest";
import { activateLocale } from "../i18n/translate.ts";
import { SchemaError } from "./schema-error.ts";
import { formatSchemaError } from "./schema-error-text.ts";

afterEach(() => activateLocale("en"));

const error = new SchemaError([{ path: "", expected: "schema object", received: "missing" }]);

describe("formatSchemaError", () => {
  it("counts one problem in the singular", () => {
    expect(formatSchemaError(error)).toBe("The server's admin schema is invalid (1 problem):\n- the schema document: expected schema object, received missing");
  });

  it("speaks Swedish, the shapes in the schema's own terms", async () => {
    await activateLocale("sv");
    expect(formatSchemaError(error)).toBe("Serverns adminschema är ogiltigt (1 problem):\n- schemadokumentet: förväntade schema object, fick saknas");
  });
});
