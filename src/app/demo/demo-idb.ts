// The demo's state in IndexedDB (one value under one key) and the BroadcastChannel its tabs share.
// Null where the browser offers neither (a private window may refuse IndexedDB): the demo then
// lives in the page only, as a fresh copy on each load.
import type { DemoChannel, DemoStateStore } from "./demo-persistence.ts";

const DB_NAME = "atrium-demo";
const OBJECT_STORE = "state";
const KEY = "reference";
const CHANNEL = "atrium-demo";

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error("IndexedDB request failed"));
  });
}

async function openDatabase(): Promise<IDBDatabase | null> {
  if (typeof indexedDB === "undefined") return null;
  try {
    const open = indexedDB.open(DB_NAME, 1);
    open.onupgradeneeded = () => open.result.createObjectStore(OBJECT_STORE);
    return await request(open);
  } catch {
    return null;
  }
}

function transact<T>(db: IDBDatabase, mode: IDBTransactionMode, run: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction(OBJECT_STORE, mode);
    const req = run(tx.objectStore(OBJECT_STORE));
    tx.oncomplete = () => resolve(req.result);
    tx.onerror = () => reject(tx.error ?? new Error("IndexedDB transaction failed"));
    tx.onabort = () => reject(tx.error ?? new Error("IndexedDB transaction aborted"));
  });
}

export async function openDemoStateStore<T>(): Promise<DemoStateStore<T> | null> {
  const db = await openDatabase();
  if (!db) return null;
  return {
    read: () => transact(db, "readonly", (s) => s.get(KEY) as IDBRequest<T | undefined>),
    write: async (value) => {
      await transact(db, "readwrite", (s) => s.put(value, KEY));
    },
    clear: async () => {
      await transact(db, "readwrite", (s) => s.delete(KEY));
    },
  };
}

export function demoChannel(): DemoChannel | null {
  if (typeof BroadcastChannel === "undefined") return null;
  const channel = new BroadcastChannel(CHANNEL);
  return {
    post: () => channel.postMessage("saved"),
    listen: (onSaved) => channel.addEventListener("message", onSaved),
  };
}
