// The catalogue is complete and consistent: every English message exists in every other language
// with the same placeholders, parses as ICU MessageFormat, and every area is registered once.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { compileMessage, type CompiledMessage } from "@lingui/message-utils/compileMessage";
import { sv } from "./catalogue/sv/index.ts";
import type { Messages } from "./types.ts";

const english = import.meta.glob<{ default: Messages }>("./catalogue/en/*.ts", { eager: true });
const en: Record<string, Messages> = Object.fromEntries(Object.entries(english).map(([path, file]) => [path.split("/").pop()!.slice(0, -3), file.default]));

/** "name:kind" of every placeholder, plural branches included ("count:plural", "who:arg"). */
function placeholders(message: CompiledMessage, out = new Set<string>()): Set<string> {
  for (const token of message) {
    if (typeof token === "string") continue;
    const [name, kind, branches] = token;
    out.add(`${name}:${kind ?? "arg"}`);
    if (branches && typeof branches === "object") {
      for (const branch of Object.values(branches)) if (Array.isArray(branch)) placeholders(branch as CompiledMessage, out);
      else if (typeof branch === "string") placeholders(compileMessage(branch), out);
    }
  }
  return out;
}

function pluralBranches(message: CompiledMessage): string[][] {
  return message.flatMap((token) => (typeof token !== "string" && token[1] === "plural" && token[2] ? [Object.keys(token[2]).filter((k) => k !== "offset")] : []));
}

describe("message catalogue", () => {
  it("has English areas", () => {
    expect(Object.keys(en).length).toBeGreaterThan(0);
  });

  it.each(Object.keys(en))("Swedish has exactly the English ids of %s", (area) => {
    expect(Object.keys(sv[area] ?? {}).sort()).toEqual(Object.keys(en[area]!).sort());
  });

  it("Swedish has no area English lacks", () => {
    expect(Object.keys(sv).filter((area) => !(area in en))).toEqual([]);
  });

  it.each(Object.keys(en))("every message of %s parses and keeps its placeholders in Swedish", (area) => {
    for (const [id, text] of Object.entries(en[area]!)) {
      const source = compileMessage(text);
      const translated = compileMessage(sv[area]?.[id] ?? "");
      expect({ id, placeholders: [...placeholders(translated)].sort() }).toEqual({ id, placeholders: [...placeholders(source)].sort() });
      for (const branches of [...pluralBranches(source), ...pluralBranches(translated)]) expect({ id, other: branches.includes("other") }).toEqual({ id, other: true });
    }
  });

  it("each area is registered once, by the module that imports its English", () => {
    const src = join(import.meta.dirname, "..");
    const registered: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (/\.tsx?$/.test(entry.name) && !entry.name.includes(".test.")) {
          const code = readFileSync(path, "utf8");
          for (const [, area, name] of code.matchAll(/defineMessages\("([\w-]+)", (\w+)\)/g)) {
            const imported = new RegExp(`import ${name} from "[./]*(?:i18n/)?catalogue/en/${area}\\.ts"`).test(code);
            expect({ file: relative(src, path), area, imported }).toEqual({ file: relative(src, path), area, imported: true });
            registered.push(area!);
          }
        }
      }
    };
    walk(src);
    expect(registered.sort()).toEqual(Object.keys(en).sort());
  });
});
