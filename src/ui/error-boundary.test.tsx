import { afterEach, describe, expect, it, vi } from "vitest";
import { render, screen } from "@testing-library/react";
import { ErrorBoundary } from "./error-boundary.tsx";

function Page({ broken }: { broken: boolean }) {
  if (broken) throw new Error("The page broke");
  return <p>The page</p>;
}

afterEach(() => vi.restoreAllMocks());

describe("ErrorBoundary", () => {
  it("shows the crash screen with the error's reason, and logs it", () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    render(
      <ErrorBoundary>
        <Page broken />
      </ErrorBoundary>,
    );
    expect(screen.getByRole("heading", { name: "Something went wrong" })).toBeInTheDocument();
    expect(screen.getByText("The page broke")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Reload" })).toBeInTheDocument();
    expect(log).toHaveBeenCalledWith("Atrium crashed:", expect.any(Error), expect.anything());
  });

  it("shows its fallback instead, and tries the children again when the reset key changes (another page)", () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const fallback = (e: unknown) => <p role="alert">{e instanceof Error ? e.message : "?"}</p>;
    const { rerender } = render(
      <ErrorBoundary resetKey="/r/orders" fallback={fallback}>
        <Page broken />
      </ErrorBoundary>,
    );
    expect(screen.getByRole("alert")).toHaveTextContent("The page broke");
    rerender(
      <ErrorBoundary resetKey="/r/orders" fallback={fallback}>
        <Page broken={false} />
      </ErrorBoundary>,
    );
    expect(screen.getByRole("alert")).toBeInTheDocument(); // the same page: the error stays
    rerender(
      <ErrorBoundary resetKey="/dashboard" fallback={fallback}>
        <Page broken={false} />
      </ErrorBoundary>,
    );
    expect(screen.getByText("The page")).toBeInTheDocument();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });
});
