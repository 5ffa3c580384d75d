import { describe, expect, it } from "vitest";
import { loginPathFor, safeReturnPath } from "./return-url.ts";

describe("return URL", () => {
  it("round-trips the current page through ?next=", () => {
    const path = loginPathFor({ pathname: "/r/users", search: "?page=2", hash: "" });
    expect(path).toBe("/login?next=%2Fr%2Fusers%3Fpage%3D2");
    const next = new URLSearchParams(path.split("?")[1]).get("next");
    expect(safeReturnPath(next)).toBe("/r/users?page=2");
  });

  it("refuses other origins and the login page itself", () => {
    expect(safeReturnPath("https://evil.example")).toBe("/");
    expect(safeReturnPath("//evil.example/x")).toBe("/");
    expect(safeReturnPath("/\\evil.example")).toBe("/");
    expect(safeReturnPath("/login?next=/x")).toBe("/");
    expect(safeReturnPath(null)).toBe("/");
  });
});
