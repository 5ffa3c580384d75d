import { describe, expect, it } from "vitest";
import { ApiError } from "../../../backend/api-error.ts";
import { errorMessage, serverRejectedMessage } from "./row-errors.ts";

describe("errorMessage", () => {
  it("words errors for the failed-rows report", () => {
    // the adapter decides what a 500 means (litestar-admin's create: a constraint); the import only words it
    const constraint = new ApiError({ status: 500, code: "SERVER_REJECTED", message: "The server rejected this record", kind: "constraint" });
    expect(errorMessage(constraint)).toBe(serverRejectedMessage());
    expect(errorMessage(new ApiError({ status: 500, code: "SERVER_ERROR", message: "Internal Server Error" }))).toBe("Internal Server Error");
    expect(errorMessage(new ApiError({ status: 500, code: "X", message: "Duplicate value for unique field 'sku'" }))).toBe("Duplicate value for unique field 'sku'");
    expect(errorMessage(new ApiError({ status: 400, code: "X", message: "Invalid", fieldErrors: [{ field: "email", message: "not an email" }, { field: "", message: "row-level" }] }))).toBe(
      "Invalid — email: not an email; row-level",
    );
    expect(errorMessage(new Error("boom"))).toBe("boom");
  });
});
