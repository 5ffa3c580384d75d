// The list's view state (page, page size, sort, search, filters) ↔ the query string, so a link or
// a reload reproduces the view and back/forward walk through it.
//   ?page=2&per_page=50&sort=-total,name&q=ada&f=status:in:["paid"]&f=total:between:[10,null]
// Absent → the resource's default; `sort=` (empty) → explicitly unsorted.
import type { FilterCondition, FilterOp, SortKey } from "../../backend/types.ts";

export interface ListViewState {
  page: number;
  perPage: number;
  sort: SortKey[];
  search: string;
  filters: FilterCondition[];
}

export interface ListDefaults {
  perPage: number;
  sort: SortKey[];
}

const OPS: readonly FilterOp[] = ["eq", "ne", "gt", "gte", "lt", "lte", "between", "in", "nin", "exists", "contains"];
/** Params this module owns; others in the query string are left alone. */
export const LIST_PARAMS = ["page", "per_page", "sort", "q", "f"] as const;

export function formatSort(sort: readonly SortKey[]): string {
  return sort.map((s) => (s.desc ? `-${s.field}` : s.field)).join(",");
}

export function parseSort(raw: string): SortKey[] {
  return raw
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => (s.startsWith("-") ? { field: s.slice(1), desc: true } : { field: s.replace(/^\+/, ""), desc: false }));
}

export function formatFilter(f: FilterCondition): string {
  return `${f.field}:${f.op}:${JSON.stringify(f.value ?? null)}`;
}

export function parseFilter(raw: string): FilterCondition | null {
  const a = raw.indexOf(":");
  const b = a < 0 ? -1 : raw.indexOf(":", a + 1);
  if (a <= 0 || b < 0) return null;
  const field = raw.slice(0, a);
  const op = raw.slice(a + 1, b) as FilterOp;
  if (!OPS.includes(op)) return null;
  try {
    return { field, op, value: JSON.parse(raw.slice(b + 1)) as unknown };
  } catch {
    return null;
  }
}

const positiveInt = (raw: string | null): number | null => {
  if (raw === null) return null;
  const n = Number.parseInt(raw, 10);
  return Number.isFinite(n) && n >= 1 ? n : null;
};

/** The page size the URL asks for (not yet checked against the resource's choices), or null. */
export const perPageParam = (params: URLSearchParams): number | null => positiveInt(params.get("per_page"));

export function readListState(
  params: URLSearchParams,
  defaults: ListDefaults,
  allowed: { perPage: readonly number[]; sortable: (field: string) => boolean; filterable: (field: string) => boolean },
): ListViewState {
  const perPageRaw = perPageParam(params);
  const perPage = perPageRaw !== null && allowed.perPage.includes(perPageRaw) ? perPageRaw : defaults.perPage;
  const sortRaw = params.get("sort");
  const sort = sortRaw === null ? defaults.sort : parseSort(sortRaw).filter((k) => allowed.sortable(k.field));
  const filters = params
    .getAll("f")
    .map(parseFilter)
    .filter((f): f is FilterCondition => f !== null && allowed.filterable(f.field));
  return {
    page: positiveInt(params.get("page")) ?? 1,
    perPage,
    sort,
    search: params.get("q") ?? "",
    filters,
  };
}

const sameSort = (a: readonly SortKey[], b: readonly SortKey[]) => formatSort(a) === formatSort(b);

/** The query string for a view state: defaults are omitted, unrelated params are kept. */
export function writeListState(prev: URLSearchParams, state: ListViewState, defaults: ListDefaults): URLSearchParams {
  const next = new URLSearchParams();
  for (const [k, v] of prev) if (!(LIST_PARAMS as readonly string[]).includes(k)) next.append(k, v);
  if (state.page > 1) next.set("page", String(state.page));
  if (state.perPage !== defaults.perPage) next.set("per_page", String(state.perPage));
  // no sort left means the resource's default order: nothing to keep in the URL
  if (state.sort.length > 0 && !sameSort(state.sort, defaults.sort)) next.set("sort", formatSort(state.sort));
  if (state.search.trim() !== "") next.set("q", state.search);
  for (const f of state.filters) next.append("f", formatFilter(f));
  return next;
}
