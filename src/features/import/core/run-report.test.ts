import { describe, expect, it } from "vitest";
import { progressOf, RateMeter, reportOf } from "./run-report.ts";
import type { RowStatus, RunState } from "./types.ts";

function state(statuses: RowStatus[], status: RunState["status"] = "running"): RunState {
  return {
    runId: "r",
    resource: "p",
    status,
    createdAt: 0,
    updatedAt: 0,
    rows: statuses.map((s, i) => ({ index: i, line: i + 2, values: {}, status: s, attempts: 1, ...(s === "created" ? { id: i } : {}) })),
  };
}

describe("run progress and report", () => {
  it("counts every row once, from the rows' own statuses", () => {
    const st = state(["created", "created", "failed", "skipped", "running", "pending"]);
    expect(progressOf(st, 2)).toMatchObject({ total: 6, created: 2, failed: 1, skipped: 1, running: 1, pending: 1, done: 4, rowsPerSecond: 2, etaSeconds: 1 });
    expect(progressOf(st, 0).etaSeconds).toBeNull();
    const report = reportOf(state(["created", "failed", "skipped"], "cancelled"));
    expect(report).toMatchObject({ status: "cancelled", total: 3, created: 1, failed: 1, skipped: 1, createdIds: [0] });
    expect(report.failedRows.map((r) => r.index)).toEqual([1]);
    expect(report.skippedRows.map((r) => r.index)).toEqual([2]);
  });

  it("measures rows per second over the last 30 s", () => {
    let now = 0;
    const meter = new RateMeter(() => now);
    meter.record();
    expect(meter.rowsPerSecond()).toBe(0);
    now = 500;
    meter.record();
    now = 1000;
    meter.record();
    expect(meter.rowsPerSecond()).toBe(2);
    now = 30_200; // the first completion has left the window
    expect(meter.rowsPerSecond()).toBeCloseTo(1000 / 29_700, 6);
  });
});
