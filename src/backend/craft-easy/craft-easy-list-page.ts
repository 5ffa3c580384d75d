// One page of a list endpoint (craft-easy.md §5.1 `ListResponse`): records, relation pickers,
// dashboard counts and the activity feed all read it.
import type { HttpClient } from "../http-client.ts";
import type { Page } from "../types.ts";
import { expectWire, isItem, ListPageShape } from "./craft-easy-wire.ts";

/** `items` is required; entries that are not records are dropped, and the rest falls back to what `items` says. */
export function readPage(data: unknown, status: number, what: string): Page {
  const page = expectWire(ListPageShape, data, {
    status,
    message: `The server's answer to ${what} is not a list page ({items, total, page, per_page}).`,
  });
  const items = page.items.filter(isItem);
  return { items, total: page.total ?? items.length, page: page.page ?? 1, perPage: page.per_page ?? items.length };
}

export async function fetchPage(params: { http: HttpClient; endpoint: string; query: [string, string][]; signal?: AbortSignal }): Promise<Page> {
  const { http, endpoint, query, signal } = params;
  const res = await http.get(trimEndpoint(endpoint), { query, signal });
  return readPage(res.data, res.status, `GET ${endpoint}`);
}

export function trimEndpoint(endpoint: string): string {
  return endpoint.replace(/\/+$/, "");
}
