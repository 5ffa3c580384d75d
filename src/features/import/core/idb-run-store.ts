// RunStore on the browser's IndexedDB (raw API, no library). One object store holds each run's
// header, another its rows keyed by [runId, index], so marking one row in flight is one small
// write rather than a rewrite of the whole run. Every method resolves only when its
// transaction has committed.
import { summarize } from "./run-store.ts";
import type { RunRow, RunState, RunStatus, RunStore, RunSummary } from "./types.ts";

const RUNS = "runs";
const ROWS = "rows";

type RunHeader = Omit<RunState, "rows"> & { total: number };
type StoredRow = RunRow & { runId: string };

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error("IndexedDB request failed"));
  });
}

function committed(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error("IndexedDB transaction failed"));
    tx.onabort = () => reject(tx.error ?? new Error("IndexedDB transaction aborted"));
  });
}

function rowRange(runId: string): IDBKeyRange {
  return IDBKeyRange.bound([runId, Number.NEGATIVE_INFINITY], [runId, Number.POSITIVE_INFINITY]);
}

function header(state: RunState): RunHeader {
  const { rows, ...rest } = state;
  return { ...rest, total: rows.length };
}

export class IdbRunStore implements RunStore {
  private db: Promise<IDBDatabase> | null = null;

  constructor(
    private readonly dbName = "atrium-import-runs",
    private readonly factory: IDBFactory | undefined = typeof indexedDB === "undefined" ? undefined : indexedDB,
  ) {}

  /** False where the browser has no IndexedDB (the import then runs without resume). */
  static available(): boolean {
    return typeof indexedDB !== "undefined";
  }

  private open(): Promise<IDBDatabase> {
    if (this.db) return this.db;
    const factory = this.factory;
    if (!factory) return Promise.reject(new Error("IndexedDB is not available"));
    this.db = new Promise<IDBDatabase>((resolve, reject) => {
      const req = factory.open(this.dbName, 1);
      req.onupgradeneeded = () => {
        const db = req.result;
        if (!db.objectStoreNames.contains(RUNS)) db.createObjectStore(RUNS, { keyPath: "runId" });
        if (!db.objectStoreNames.contains(ROWS)) db.createObjectStore(ROWS, { keyPath: ["runId", "index"] });
      };
      req.onsuccess = () => {
        const db = req.result;
        db.onversionchange = () => {
          db.close();
          this.db = null;
        };
        resolve(db);
      };
      req.onerror = () => reject(req.error ?? new Error("Could not open IndexedDB"));
      req.onblocked = () => reject(new Error("IndexedDB is blocked by another tab"));
    });
    this.db.catch(() => {
      this.db = null;
    });
    return this.db;
  }

  async save(state: RunState): Promise<void> {
    const db = await this.open();
    const tx = db.transaction([RUNS, ROWS], "readwrite");
    const done = committed(tx);
    tx.objectStore(RUNS).put(header(state));
    const rows = tx.objectStore(ROWS);
    rows.delete(rowRange(state.runId));
    for (const row of state.rows) rows.put({ ...row, runId: state.runId } satisfies StoredRow);
    await done;
  }

  async load(runId: string): Promise<RunState | null> {
    const db = await this.open();
    const tx = db.transaction([RUNS, ROWS], "readonly");
    const done = committed(tx);
    const [head, stored] = await Promise.all([
      request(tx.objectStore(RUNS).get(runId) as IDBRequest<RunHeader | undefined>),
      request(tx.objectStore(ROWS).getAll(rowRange(runId)) as IDBRequest<StoredRow[]>),
    ]);
    await done;
    if (!head) return null;
    const { total: _total, ...rest } = head;
    const rows: RunRow[] = stored.map(({ runId: _r, ...row }) => row);
    return { ...rest, rows };
  }

  async saveRows(runId: string, rows: RunRow[], status?: RunStatus): Promise<void> {
    const db = await this.open();
    const tx = db.transaction([RUNS, ROWS], "readwrite");
    const done = committed(tx);
    const store = tx.objectStore(ROWS);
    for (const row of rows) store.put({ ...row, runId } satisfies StoredRow);
    const runs = tx.objectStore(RUNS);
    const head = await request(runs.get(runId) as IDBRequest<RunHeader | undefined>);
    if (head) runs.put({ ...head, status: status ?? head.status, updatedAt: Date.now() });
    await done;
  }

  async list(): Promise<RunSummary[]> {
    const db = await this.open();
    const tx = db.transaction(RUNS, "readonly");
    const heads = await request(tx.objectStore(RUNS).getAll() as IDBRequest<RunHeader[]>);
    return heads.map((h) => ({ ...summarize({ ...h, rows: [] }), total: h.total }));
  }

  async delete(runId: string): Promise<void> {
    const db = await this.open();
    const tx = db.transaction([RUNS, ROWS], "readwrite");
    const done = committed(tx);
    tx.objectStore(RUNS).delete(runId);
    tx.objectStore(ROWS).delete(rowRange(runId));
    await done;
  }

  /** Closes the connection (tests, or before deleting the database). */
  close(): void {
    void this.db?.then((db) => db.close());
    this.db = null;
  }
}
