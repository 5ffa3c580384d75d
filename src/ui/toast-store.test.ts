import { afterEach, describe, expect, it } from "vitest";
import { clearToasts, getToasts, setToastPage, showToast } from "./toast-store.ts";

afterEach(() => clearToasts());

const messages = () => getToasts().map((t) => t.message);

describe("toasts are about a page", () => {
  it("a toast raised on one page goes when the user moves to another; a new query string is the same page", () => {
    setToastPage("/r/books/1");
    showToast("Could not delete Dune: locked", { tone: "error", duration: 0 });
    setToastPage("/r/books/1");
    expect(messages()).toEqual(["Could not delete Dune: locked"]);
    setToastPage("/r/authors");
    expect(messages()).toEqual([]);
  });

  it("a toast raised right before a navigation shows on the page navigated to, then goes when that page is left", () => {
    setToastPage("/r/books/1/edit");
    showToast("Stale error on the form", { tone: "error", duration: 0 });
    showToast("Book saved.", { tone: "success", nextPage: true, duration: 0 });
    setToastPage("/r/books/1");
    expect(getToasts()).toMatchObject([{ message: "Book saved.", page: "/r/books/1" }]);
    setToastPage("/r/books");
    expect(messages()).toEqual([]);
  });

  it("toasts raised before the first page is known wait for it", () => {
    showToast("Welcome back", { duration: 0 });
    setToastPage("/dashboard");
    expect(getToasts()).toMatchObject([{ message: "Welcome back", page: "/dashboard" }]);
  });
});
