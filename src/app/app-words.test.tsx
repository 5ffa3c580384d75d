// The shell's words in Swedish: the boot error screen (with the schema's framing and an issue
// count), the not-found screen, the navigation and the rate-limit notice.
import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryRouter } from "react-router";
import { afterEach, describe, expect, it } from "vitest";
import { ApiError } from "../backend/api-error.ts";
import { activateLocale } from "../i18n/translate.ts";
import { SchemaError } from "../protocol/schema-error.ts";
import { withWrapper } from "../testing/data-wrapper.tsx";
import { referenceAdapter } from "../testing/reference-adapters.ts";
import { renderApp } from "../testing/render-app.tsx";
import { signIn } from "../testing/sign-in.ts";
import { BootErrorScreen } from "./boot-error-screen.tsx";
import { MainNav } from "./main-nav.tsx";
import { NotFoundPage } from "./not-found-page.tsx";

afterEach(() => activateLocale("en"));

const oneIssue = new SchemaError([{ path: "", expected: "schema object", received: "missing" }]);
const threeIssues = new SchemaError([
  { path: "resources[0].name", expected: "non-empty string", received: '""' },
  { path: "resources[1].list", expected: "list object", received: '"oops"' },
  { path: "title", expected: "string", received: "missing" },
]);

describe("boot error screen", () => {
  it("counts the schema's problems in the singular and the plural", () => {
    const { unmount } = render(<BootErrorScreen error={oneIssue} onRetry={() => {}} />);
    expect(screen.getByRole("alert")).toHaveTextContent("The server sent an admin schema that Atrium cannot use (1 problem):");
    expect(screen.getByRole("listitem")).toHaveTextContent("(the schema document): expected schema object, received missing");
    unmount();
    render(<BootErrorScreen error={threeIssues} onRetry={() => {}} />);
    expect(screen.getByRole("alert")).toHaveTextContent("(3 problems):");
  });

  it("speaks Swedish: the framing and each issue's sentence, the path as it is", async () => {
    await activateLocale("sv");
    const { unmount } = render(<BootErrorScreen error={new ApiError({ status: 200, code: "SCHEMA_INVALID", message: "x", details: threeIssues })} onRetry={() => {}} />);
    expect(screen.getByRole("heading", { name: "Adminschemat är ogiltigt" })).toBeInTheDocument();
    expect(screen.getByRole("alert")).toHaveTextContent("Servern skickade ett adminschema som Atrium inte kan använda (3 problem):");
    expect(screen.getAllByRole("listitem").map((li) => li.textContent)).toEqual([
      'resources[0].name: förväntade non-empty string, fick ""',
      'resources[1].list: förväntade list object, fick "oops"',
      "title: förväntade string, fick saknas",
    ]);
    unmount();
    render(<BootErrorScreen error={new ApiError({ status: 502, code: "BAD_GATEWAY", message: "Bad Gateway" })} onRetry={() => {}} />);
    expect(screen.getByRole("heading", { name: "Backenden svarade med ett fel" })).toBeInTheDocument();
    expect(screen.getByRole("alert")).toHaveTextContent("Bad Gateway (HTTP 502, BAD_GATEWAY)");
  });
});

describe("shell screens in Swedish", () => {
  it("names the navigation and says a resource is not found", async () => {
    await activateLocale("sv");
    const s = withWrapper(await referenceAdapter("craft-easy"));
    render(
      <MemoryRouter>
        <MainNav schema={{ navigation: [], resources: [] }} />
        <NotFoundPage resource="widgets" />
      </MemoryRouter>,
      { wrapper: s.wrapper },
    );
    expect(screen.getByRole("navigation", { name: "Huvudmeny" })).toHaveTextContent("Översikt");
    expect(screen.getByRole("heading", { name: "Resursen hittades inte" })).toBeInTheDocument();
    expect(screen.getByText(/Det finns ingen resurs som heter/)).toHaveTextContent("Det finns ingen resurs som heter “widgets” i den här adminpanelen, eller så får du inte se den.");
    expect(screen.getByRole("link", { name: "Gå till översikten" })).toHaveAttribute("href", "/dashboard");
  });
});

describe("the signed-in shell in Swedish", () => {
  it("switches its words when Swedish is chosen: skip link, navigation, the demo badge", async () => {
    renderApp({ demo: true, path: "/dashboard" });
    await signIn(userEvent.setup());
    await screen.findByRole("navigation", { name: "Main" }, { timeout: 15000 });
    await act(() => activateLocale("sv"));
    const nav = await screen.findByRole("navigation", { name: "Huvudmeny" }, { timeout: 15000 });
    expect(nav).toHaveTextContent("Översikt");
    expect(screen.getByRole("link", { name: "Hoppa till innehållet" })).toBeInTheDocument();
    expect(screen.getByText("Demo")).toHaveAttribute("title", expect.stringMatching(/^Exempeldata, /));
  });
});
