import { describe, expect, it } from "vitest";
import { fieldLabel, humanize } from "./labels.ts";

describe("humanize", () => {
  it.each([
    ["first_name", "First name"],
    ["email", "Email"],
    ["created_at", "Created at"],
    ["_id", "Id"],
    ["tenant__id", "Tenant id"],
    ["URL", "URL"],
    ["", ""],
  ])("%s → %s", (name, label) => {
    expect(humanize(name)).toBe(label);
  });
});

describe("fieldLabel", () => {
  it("prefers the schema label, else humanizes the name", () => {
    expect(fieldLabel("first_name", { label: "Given name" })).toBe("Given name");
    expect(fieldLabel("first_name", { label: "  " })).toBe("First name");
    expect(fieldLabel("first_name", {})).toBe("First name");
    expect(fieldLabel("first_name", undefined)).toBe("First name");
  });
});
