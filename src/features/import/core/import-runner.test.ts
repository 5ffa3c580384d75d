import { describe, expect, it } from "vitest";
import { ApiError } from "../../../backend/api-error.ts";
import { ImportRunner } from "./import-runner.ts";
import { cancelledInFlightMessage, interruptedMessage, notResentMessage } from "./row-errors.ts";
import { MemoryRunStore } from "./run-store.ts";
import type { CreateContext, Id, ImportRunnerDeps, Item, RunProgress, RunRow, RunState } from "./types.ts";

/** A fake clock: sleep() advances time instantly and records every delay. */
function fakeTime() {
  let clock = 1_000_000;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => clock,
    sleep: async (ms: number, signal: AbortSignal) => {
      sleeps.push(ms);
      clock += ms;
      await Promise.resolve();
      if (signal.aborted) throw signal.reason;
    },
    advance: (ms: number) => {
      clock += ms;
    },
  };
}

/** A server that stores records by sku and can be told to misbehave. */
function fakeServer() {
  const records = new Map<string, { id: number; values: Item }>();
  let nextId = 1;
  let calls = 0;
  let inFlight = 0;
  let maxInFlight = 0;
  const keys: string[] = [];
  return {
    records,
    keys,
    get calls() {
      return calls;
    },
    get maxInFlight() {
      return maxInFlight;
    },
    async create(values: Item, ctx: CreateContext, behave?: (n: number) => void | Promise<void>): Promise<{ id: Id }> {
      calls++;
      const n = calls;
      keys.push(ctx.idempotencyKey);
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      try {
        await new Promise((r) => setTimeout(r, 1));
        if (ctx.signal.aborted) throw ctx.signal.reason;
        await behave?.(n);
        const sku = String(values.sku);
        if (records.has(sku)) throw new ApiError({ status: 409, code: "DUPLICATE", message: `Duplicate sku ${sku}` });
        const id = nextId++;
        records.set(sku, { id, values });
        return { id };
      } finally {
        inFlight--;
      }
    },
    async find(values: Item): Promise<{ id: Id } | null> {
      const r = records.get(String(values.sku));
      return r ? { id: r.id } : null;
    },
  };
}

function rows(n: number): { index: number; line: number; values: Item; cells: string[] }[] {
  return Array.from({ length: n }, (_, i) => ({
    index: i,
    line: i + 2,
    values: { sku: `SKU-${i}`, name: `Item ${i}` },
    cells: [`SKU-${i}`, `Item ${i}`],
  }));
}

function deferred<T = void>() {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe("ImportRunner", () => {
  it("creates every row with at most 4 requests in flight by default", async () => {
    const server = fakeServer();
    const time = fakeTime();
    const runner = await ImportRunner.create({ resource: "products", rows: rows(40) }, {
      createRow: (v, ctx) => server.create(v, ctx),
      now: time.now,
      sleep: time.sleep,
    });
    const report = await runner.run();
    expect(server.maxInFlight).toBe(4);
    expect(report).toMatchObject({ status: "done", total: 40, created: 40, failed: 0, skipped: 0 });
    expect(new Set(report.createdIds).size).toBe(40);
    expect(server.records.size).toBe(40);
    expect(new Set(server.keys)).toEqual(new Set(rows(40).map((r) => `${runner.runId}:${r.index}`)));
  });

  it("honours a configured concurrency", async () => {
    const server = fakeServer();
    const runner = await ImportRunner.create({ resource: "p", rows: rows(20) }, { createRow: (v, ctx) => server.create(v, ctx), concurrency: 2 });
    await runner.run();
    expect(server.maxInFlight).toBe(2);
  });

  it("retries transient 503s with exponential backoff and fails a 422 row with its message", async () => {
    const server = fakeServer();
    const time = fakeTime();
    const input = rows(20);
    (input[6] as { values: Item }).values = { sku: "BAD", name: "Bad" };
    const runner = await ImportRunner.create({ resource: "p", rows: input }, {
      createRow: (v, ctx) =>
        server.create(v, ctx, (n) => {
          if (v.sku === "BAD") {
            throw new ApiError({ status: 422, code: "VALIDATION", message: "Validation failed", fieldErrors: [{ field: "price", message: "must be positive" }] });
          }
          if (n % 5 === 0) throw new ApiError({ status: 503, code: "UNAVAILABLE", message: "Service unavailable" });
        }),
      now: time.now,
      sleep: time.sleep,
      random: () => 0.5, // no jitter
    });
    const report = await runner.run();
    expect(report.created).toBe(19);
    expect(report.failed).toBe(1);
    expect(report.failedRows[0]).toMatchObject({ index: 6, status: "failed", error: "Validation failed — price: must be positive", attempts: 1 });
    expect(server.records.size).toBe(19);
    expect(time.sleeps.length).toBeGreaterThan(0);
    expect(time.sleeps.every((ms) => ms === 500 || ms === 1000 || ms === 2000)).toBe(true);
    expect(runner.state.rows.filter((r) => r.attempts > 1).length).toBeGreaterThan(0);
  });

  it("does not retry a 500 (a constraint violation on litestar-admin)", async () => {
    let calls = 0;
    const runner = await ImportRunner.create({ resource: "p", rows: rows(1) }, {
      createRow: async () => {
        calls++;
        throw new ApiError({ status: 500, code: "SERVER_ERROR", message: "Rejected by the server (constraint violation or invalid value)" });
      },
    });
    const report = await runner.run();
    expect(calls).toBe(1);
    expect(report.failedRows[0]?.error).toBe("Rejected by the server (constraint violation or invalid value)");
  });

  it("gives up after maxRetries transient failures", async () => {
    const time = fakeTime();
    let calls = 0;
    const runner = await ImportRunner.create({ resource: "p", rows: rows(1) }, {
      createRow: async () => {
        calls++;
        throw new ApiError({ status: 503, code: "SERVICE_UNAVAILABLE", message: "Service unavailable" });
      },
      maxRetries: 3,
      now: time.now,
      sleep: time.sleep,
      random: () => 0.5,
    });
    const report = await runner.run();
    expect(calls).toBe(4);
    expect(time.sleeps).toEqual([500, 1000, 2000]);
    expect(report.failedRows[0]?.error).toBe("Service unavailable");
  });

  it.each([
    [0, "Network error"],
    [408, "Request timeout"],
    [502, "Bad gateway"],
    [504, "Gateway timeout"],
  ])("without findExisting, a create answered %i (it may have happened) is not sent again: the row fails, saying so", async (status, message) => {
    const time = fakeTime();
    let calls = 0;
    const runner = await ImportRunner.create({ resource: "p", rows: rows(1) }, {
      createRow: async () => {
        calls++;
        throw new ApiError({ status, code: "X", message });
      },
      now: time.now,
      sleep: time.sleep,
    });
    const report = await runner.run();
    expect(calls).toBe(1);
    expect(time.sleeps).toEqual([]);
    expect(report.failedRows[0]?.error).toBe(`${message} (${notResentMessage()})`);
  });

  it("a 502 whose create reached the server is found by findExisting, not created twice", async () => {
    const server = fakeServer();
    const time = fakeTime();
    let lostAnswer = false;
    const runner = await ImportRunner.create({ resource: "p", rows: rows(2) }, {
      createRow: async (v, ctx) => {
        const r = await server.create(v, ctx);
        if (v.sku === "SKU-0" && !lostAnswer) {
          lostAnswer = true; // created, but the gateway lost the answer
          throw new ApiError({ status: 502, code: "BAD_GATEWAY", message: "Bad gateway" });
        }
        return r;
      },
      findExisting: async (v) => server.find(v),
      now: time.now,
      sleep: time.sleep,
    });
    const report = await runner.run();
    expect(report).toMatchObject({ created: 2, failed: 0 });
    expect(server.calls).toBe(2);
    expect(runner.state.rows[0]).toMatchObject({ status: "created", recovered: true });
  });

  it("waits Retry-After seconds on 429", async () => {
    const server = fakeServer();
    const time = fakeTime();
    let limited = false;
    const runner = await ImportRunner.create({ resource: "p", rows: rows(8) }, {
      createRow: (v, ctx) =>
        server.create(v, ctx, () => {
          if (!limited) {
            limited = true;
            throw new ApiError({ status: 429, code: "RATE_LIMITED", message: "Too many requests", retryAfter: 7 });
          }
        }),
      now: time.now,
      sleep: time.sleep,
    });
    const report = await runner.run();
    expect(report.created).toBe(8);
    expect(time.sleeps).toEqual([7000]);
  });

  it("holds every lane, not just the limited one, until Retry-After has passed (real timers)", async () => {
    const server = fakeServer();
    const starts: number[] = [];
    let limitedAt = -1;
    const runner = await ImportRunner.create({ resource: "p", rows: rows(12) }, {
      createRow: (v, ctx) => {
        starts.push(performance.now());
        return server.create(v, ctx, () => {
          if (limitedAt < 0) {
            limitedAt = performance.now();
            throw new ApiError({ status: 429, code: "RATE_LIMITED", message: "Too many requests", retryAfter: 0.06 });
          }
        });
      },
    });
    const report = await runner.run();
    expect(report.created).toBe(12);
    const startedAfter = starts.filter((t) => t > limitedAt);
    expect(startedAfter.length).toBeGreaterThan(4);
    for (const t of startedAfter) expect(t - limitedAt).toBeGreaterThanOrEqual(50);
  });

  it("checks with findExisting before retrying after a network error whose outcome is unknown", async () => {
    const server = fakeServer();
    const time = fakeTime();
    let lostAnswer = false;
    let finds = 0;
    const runner = await ImportRunner.create({ resource: "p", rows: rows(3) }, {
      createRow: async (v, ctx) => {
        const r = await server.create(v, ctx);
        if (v.sku === "SKU-1" && !lostAnswer) {
          lostAnswer = true; // the server created it, but the answer never arrived
          throw new ApiError({ status: 0, code: "NETWORK", message: "Network error" });
        }
        return r;
      },
      findExisting: async (v) => {
        finds++;
        return server.find(v);
      },
      now: time.now,
      sleep: time.sleep,
    });
    const report = await runner.run();
    expect(finds).toBe(1);
    expect(report.created).toBe(3);
    expect(server.records.size).toBe(3);
    expect(runner.state.rows[1]).toMatchObject({ status: "created", recovered: true, id: server.records.get("SKU-1")?.id });
  });

  it("pauses (no new requests) and resumes", async () => {
    const server = fakeServer();
    const pausedAt = deferred();
    const runner = await ImportRunner.create({ resource: "p", rows: rows(30) }, {
      createRow: (v, ctx) => server.create(v, ctx),
      onProgress: (p: RunProgress) => {
        if (p.created === 6) pausedAt.resolve();
      },
    });
    const done = runner.run();
    await pausedAt.promise;
    await runner.pause();
    expect(runner.status).toBe("paused");
    const callsAtPause = server.calls;
    expect(runner.progress().running).toBe(0);
    await new Promise((r) => setTimeout(r, 30));
    expect(server.calls).toBe(callsAtPause);
    expect(runner.progress().created).toBeLessThan(30);
    runner.resume();
    const report = await done;
    expect(report).toMatchObject({ status: "done", created: 30 });
    expect(server.records.size).toBe(30);
  });

  it("cancels: aborts requests in flight and skips the rest", async () => {
    const server = fakeServer();
    const third = deferred();
    const runner = await ImportRunner.create({ resource: "p", rows: rows(50) }, {
      createRow: (v, ctx) => server.create(v, ctx),
      onProgress: (p) => {
        if (p.created === 3) third.resolve();
      },
    });
    const done = runner.run();
    await third.promise;
    const report = await runner.cancel();
    expect(await done).toEqual(report);
    expect(report.status).toBe("cancelled");
    expect(report.created + report.skipped).toBe(50);
    expect(report.created).toBe(server.records.size);
    const callsAfter = server.calls;
    await new Promise((r) => setTimeout(r, 20));
    expect(server.calls).toBe(callsAfter);
    expect(report.skippedRows.some((r) => r.error === cancelledInFlightMessage())).toBe(true);
    expect(runner.status).toBe("cancelled");
  });

  it("reports rows per second and an ETA", async () => {
    const time = fakeTime();
    const snapshots: RunProgress[] = [];
    const runner = await ImportRunner.create({ resource: "p", rows: rows(10) }, {
      createRow: async () => {
        time.advance(100);
        return { id: Math.random() };
      },
      concurrency: 1,
      now: time.now,
      sleep: time.sleep,
      onProgress: (p) => snapshots.push(p),
    });
    await runner.run();
    const mid = snapshots.find((p) => p.done === 5);
    expect(mid?.rowsPerSecond).toBeCloseTo(10, 5);
    expect(mid?.etaSeconds).toBeCloseTo(0.5, 5);
    expect(snapshots.at(-1)).toMatchObject({ status: "done", done: 10, etaSeconds: 0 });
  });
});

describe("ImportRunner resume after a reload", () => {
  /** A store that can be frozen: writes after freezing are lost, like a page that died. */
  class FreezableStore extends MemoryRunStore {
    frozen = false;
    override async save(state: RunState): Promise<void> {
      if (!this.frozen) await super.save(state);
    }
    override async saveRows(runId: string, r: RunRow[], status?: RunState["status"]): Promise<void> {
      if (!this.frozen) await super.saveRows(runId, r, status);
    }
  }

  it("never creates a row twice and never loses one", async () => {
    const server = fakeServer();
    const store = new FreezableStore();
    const total = 25;
    const hung = deferred();
    let hangingCount = 0;
    // First session: after 10 calls, requests hang forever. Two of them reach the server
    // (created, but the answer is lost); the others never arrive.
    const first = await ImportRunner.create({ resource: "products", rows: rows(total) }, {
      store,
      createRow: (v, ctx) =>
        server.create(v, ctx, async (n) => {
          if (n <= 10) return;
          hangingCount++;
          if (hangingCount === 4) hung.resolve();
          if (n <= 12) {
            const id = server.records.size + 1000;
            server.records.set(String(v.sku), { id, values: v });
          }
          await new Promise(() => undefined);
        }),
    });
    void first.run();
    await hung.promise;
    store.frozen = true; // the page is gone

    const saved = await store.load(first.runId);
    expect(saved?.rows.filter((r) => r.status === "running")).toHaveLength(4);
    expect(saved?.rows.filter((r) => r.status === "created")).toHaveLength(10);

    // Second session.
    store.frozen = false;
    const checked: string[] = [];
    const deps: ImportRunnerDeps & { store: MemoryRunStore } = {
      store,
      createRow: (v, ctx) => server.create(v, ctx),
      findExisting: async (v) => {
        checked.push(String(v.sku));
        return server.find(v);
      },
    };
    const second = await ImportRunner.restore(first.runId, deps);
    expect(second).not.toBeNull();
    const report = await (second as ImportRunner).run();

    expect(checked.sort()).toEqual(["SKU-10", "SKU-11", "SKU-12", "SKU-13"]);
    expect(report).toMatchObject({ status: "done", total, created: total, failed: 0, skipped: 0 });
    expect(new Set(report.createdIds).size).toBe(total);
    expect(server.records.size).toBe(total);
    const skus = [...server.records.keys()];
    expect(new Set(skus).size).toBe(total);
    expect(report.createdIds.sort()).toEqual([...server.records.values()].map((r) => r.id).sort());
    const recovered = (second as ImportRunner).state.rows.filter((r) => r.recovered).map((r) => r.values.sku);
    expect(recovered.sort()).toEqual(["SKU-10", "SKU-11"]);
    expect((await store.load(first.runId))?.status).toBe("done");
  });

  it("without findExisting, marks interrupted rows failed instead of re-sending them", async () => {
    const store = new MemoryRunStore();
    const state: RunState = {
      runId: "r1",
      resource: "p",
      status: "running",
      createdAt: 0,
      updatedAt: 0,
      rows: [
        { index: 0, line: 2, values: { sku: "A" }, status: "created", id: 1, attempts: 1 },
        { index: 1, line: 3, values: { sku: "B" }, status: "running", attempts: 1 },
        { index: 2, line: 4, values: { sku: "C" }, status: "pending", attempts: 0 },
      ],
    };
    await store.save(state);
    const sent: string[] = [];
    const runner = await ImportRunner.restore("r1", {
      store,
      createRow: async (v) => {
        sent.push(String(v.sku));
        return { id: 9 };
      },
    });
    expect(runner?.status).toBe("paused");
    const report = await (runner as ImportRunner).run();
    expect(sent).toEqual(["C"]);
    expect(report).toMatchObject({ created: 2, failed: 1 });
    expect(report.failedRows[0]).toMatchObject({ index: 1, error: interruptedMessage() });
  });

  it("returns null for an unknown run and a finished report for a finished one", async () => {
    const store = new MemoryRunStore();
    expect(await ImportRunner.restore("nope", { store, createRow: async () => ({ id: 1 }) })).toBeNull();
    const r = await ImportRunner.create({ resource: "p", rows: rows(2) }, { store, createRow: async () => ({ id: Math.random() }) });
    await r.run();
    const again = await ImportRunner.restore(r.runId, { store, createRow: async () => ({ id: 1 }) });
    expect((await (again as ImportRunner).run()).created).toBe(2);
  });

  it("can put failed rows back in the queue", async () => {
    let fail = true;
    const r = await ImportRunner.create({ resource: "p", rows: rows(3) }, {
      createRow: async (v) => {
        if (fail && v.sku === "SKU-1") throw new ApiError({ status: 400, code: "BAD", message: "Bad" });
        return { id: String(v.sku) };
      },
    });
    expect((await r.run()).failed).toBe(1);
    fail = false;
    expect(await r.requeueFailed()).toBe(1);
    expect(await r.run()).toMatchObject({ created: 3, failed: 0 });
  });
});
