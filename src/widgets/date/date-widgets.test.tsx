import { fireEvent, render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatTime, isoToLocalInput, localInputToIso } from "../shared/format-date.ts";
import { makeField, renderFilter, renderInput } from "../test-harness.tsx";
import { DateInput, DateTimeInput, TimeInput } from "./date-input.tsx";
import { DateDisplay, DateTimeDisplay, TimeDisplay } from "./date-display.tsx";
import { DateRangeFilter, DateTimeRangeFilter } from "./date-range-filter.tsx";

const pad = (n: number) => String(n).padStart(2, "0");

describe("date inputs", () => {
  it("date: labelled, emits YYYY-MM-DD, null when cleared, honours ISO bounds only", () => {
    const { last } = renderInput(DateInput, { label: "Born", field: { type: "date", widget: "date", min: "2000-01-01", max: 5 } });
    const input = screen.getByLabelText("Born");
    expect(input).toHaveAttribute("type", "date");
    expect(input).toHaveAttribute("min", "2000-01-01");
    expect(input).not.toHaveAttribute("max");
    fireEvent.change(input, { target: { value: "2024-03-05" } });
    expect(last()).toBe("2024-03-05");
    fireEvent.change(input, { target: { value: "" } });
    expect(last()).toBeNull();
  });

  it("date with a time part is edited as a date-time", () => {
    renderInput(DateInput, { label: "When", value: "2024-03-05T10:00:00Z", field: { type: "date", widget: "date" } });
    expect(screen.getByLabelText("When")).toHaveAttribute("type", "datetime-local");
  });

  it("datetime: shows local time, emits a UTC ISO string with Z", () => {
    const iso = "2024-03-05T14:30:00Z";
    const { last } = renderInput(DateTimeInput, { label: "At", value: iso, field: { type: "date", widget: "datetime" } });
    const input = screen.getByLabelText("At") as HTMLInputElement;
    const d = new Date(iso);
    expect(input.value).toBe(`${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`);
    fireEvent.change(input, { target: { value: "2024-07-01T09:15" } });
    expect(last()).toBe(new Date(2024, 6, 1, 9, 15).toISOString().replace(".000Z", "Z"));
    expect(last()).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
  });

  it("time: emits HH:MM", () => {
    const { last } = renderInput(TimeInput, { label: "Opens", field: { widget: "time" } });
    const input = screen.getByLabelText("Opens");
    expect(input).toHaveAttribute("type", "time");
    fireEvent.change(input, { target: { value: "08:45" } });
    expect(last()).toBe("08:45");
  });

  it("round-trips local input values", () => {
    const iso = localInputToIso("2024-12-31T23:59");
    expect(iso).not.toBeNull();
    expect(isoToLocalInput(iso)).toBe("2024-12-31T23:59");
    expect(localInputToIso("garbage")).toBeNull();
  });
});

describe("date formatting and displays", () => {
  it("a date-only value never shifts a day, whatever the time zone", () => {
    const expected = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeZone: "UTC" }).format(Date.UTC(2024, 2, 5));
    for (const timeZone of ["Pacific/Honolulu", "America/New_York", "UTC", "Asia/Tokyo", "Pacific/Kiritimati"]) {
      expect(formatDate("2024-03-05", { timeZone })).toBe(expected);
      expect(formatDateTime("2024-03-05", { timeZone })).toBe(expected);
    }
  });

  it("instants are shown in the given (user's) zone", () => {
    const ny = formatDateTime("2024-03-05T02:00:00Z", { timeZone: "America/New_York", locale: "en-US" });
    expect(ny).toContain("Mar 4, 2024");
    const tokyo = formatDateTime("2024-03-05T02:00:00Z", { timeZone: "Asia/Tokyo", locale: "en-US" });
    expect(tokyo).toContain("Mar 5, 2024");
  });

  it("times are wall-clock times without zone conversion", () => {
    expect(formatTime("08:05", { locale: "en-GB" })).toBe("08:05");
    expect(formatTime("23:10:30", { locale: "en-GB" })).toBe("23:10:30");
  });

  it("DateDisplay renders a <time> with the locale text and machine value", () => {
    render(<DateDisplay name="d" field={makeField({ type: "date" })} value="2024-03-05" variant="cell" />);
    const el = screen.getByText(formatDate("2024-03-05") ?? "");
    expect(el.closest("time")).toHaveAttribute("datetime", "2024-03-05");
  });

  it("DateTimeDisplay and TimeDisplay use Intl formats", () => {
    const { container } = render(
      <>
        <DateTimeDisplay name="d" field={makeField({ type: "date" })} value="2024-03-05T14:30:00Z" variant="cell" />
        <TimeDisplay name="t" field={makeField()} value="14:30" variant="cell" />
      </>,
    );
    expect(container.textContent).toContain(formatDateTime("2024-03-05T14:30:00Z") ?? "x");
    expect(container.textContent).toContain(formatTime("14:30") ?? "x");
  });

  it("shows an unparseable date as the raw text", () => {
    const { container } = render(<DateDisplay name="d" field={makeField({ type: "date" })} value="someday" variant="cell" />);
    expect(container.textContent).toBe("someday");
  });
});

describe("date range filters", () => {
  it("date: between [from, to] as YYYY-MM-DD, open ends null", () => {
    const { last } = renderFilter(DateRangeFilter, { label: "Created", field: { type: "date", widget: "date" } });
    fireEvent.change(screen.getByLabelText("Created from"), { target: { value: "2024-01-01" } });
    expect(last()).toEqual({ op: "between", value: ["2024-01-01", null] });
    fireEvent.change(screen.getByLabelText("Created to"), { target: { value: "2024-01-31" } });
    expect(last()).toEqual({ op: "between", value: ["2024-01-01", "2024-01-31"] });
    fireEvent.change(screen.getByLabelText("Created from"), { target: { value: "" } });
    fireEvent.change(screen.getByLabelText("Created to"), { target: { value: "" } });
    expect(last()).toBeUndefined();
  });

  it("datetime: bounds are UTC instants", () => {
    const { last } = renderFilter(DateTimeRangeFilter, { label: "Seen", field: { type: "date", widget: "datetime" } });
    fireEvent.change(screen.getByLabelText("Seen from"), { target: { value: "2024-01-01T08:00" } });
    expect(last()).toEqual({ op: "between", value: [new Date(2024, 0, 1, 8, 0).toISOString().replace(".000Z", "Z"), null] });
  });
});
