// valibot's issues as SchemaIssues: the bad path written as in the document
// (`resources[1].fields.pages.type`), the expected shape in words, and what was there.
import type * as v from "valibot";
import type { SchemaIssue } from "../schema-error.ts";
import { isRecord } from "../../lib/is-record.ts";
import { friendly } from "./shape-kit.ts";

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

function formatPath(path: readonly v.IssuePathItem[] | undefined): string {
  let out = "";
  for (const item of path ?? []) {
    const key: unknown = item.key;
    if (typeof key === "number") out += `[${key}]`;
    else if (typeof key === "string" && IDENT.test(key)) out += out === "" ? key : `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

export function toIssue(issue: v.BaseIssue<unknown>): SchemaIssue {
  const last = issue.path?.[issue.path.length - 1];
  const missing = issue.type === "object" && last?.origin === "key" && issue.input === undefined;
  // Our own messages are the expected shape in words; valibot's defaults start with "Invalid ".
  const ours = !issue.message.startsWith("Invalid ");
  const expected = ours ? issue.message : friendly(issue.expected);
  return {
    path: formatPath(issue.path),
    expected,
    received: missing ? "missing" : issue.received,
  };
}

/** Two resources with one name (routes, navigation and relations go by name). */
export function duplicateNameIssues(raw: unknown): SchemaIssue[] {
  if (!isRecord(raw) || !Array.isArray(raw.resources)) return [];
  const seen = new Map<string, number>();
  const issues: SchemaIssue[] = [];
  raw.resources.forEach((r: unknown, i) => {
    if (!isRecord(r) || typeof r.name !== "string") return;
    const first = seen.get(r.name);
    if (first === undefined) seen.set(r.name, i);
    else
      issues.push({
        path: `resources[${i}].name`,
        expected: `a unique resource name (resources[${first}].name is also "${r.name}")`,
        received: JSON.stringify(r.name),
      });
  });
  return issues;
}

export function dedupe(issues: SchemaIssue[]): SchemaIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const k = `${i.path}\u0000${i.expected}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
