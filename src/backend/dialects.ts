// The dialect table: one entry per backend dialect (its folder holds the adapter and the entry).
// Config validation, the "auto" probe (in this order), adapter creation and the in-browser demo all
// read it; a new dialect is one folder plus one line here.
import { craftEasyDialect } from "./craft-easy/craft-easy-dialect.ts";
import { litestarAdminDialect } from "./litestar-admin/litestar-dialect.ts";

export const DIALECTS = [craftEasyDialect, litestarAdminDialect] as const;

export type Dialect = (typeof DIALECTS)[number]["id"];

export function isDialect(name: string): name is Dialect {
  return DIALECTS.some((d) => d.id === name);
}

export function dialectEntry(id: Dialect): (typeof DIALECTS)[number] {
  const entry = DIALECTS.find((d) => d.id === id);
  if (!entry) throw new Error(`No dialect "${id}" in the dialect table`);
  return entry;
}
