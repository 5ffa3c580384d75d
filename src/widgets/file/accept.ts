import { intlLocales } from "../../i18n/translate.ts";
import { t } from "../messages.ts";

/** Whether a file matches an `accept` list ("image/*,.pdf,application/json"). Empty accepts all. */
export function matchesAccept(file: Pick<File, "name" | "type">, accept: string | undefined): boolean {
  if (!accept || accept.trim() === "") return true;
  const name = file.name.toLowerCase();
  const type = (file.type || "").toLowerCase();
  return accept
    .split(",")
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean)
    .some((rule) => {
      if (rule.startsWith(".")) return name.endsWith(rule);
      if (rule.endsWith("/*")) return type.startsWith(rule.slice(0, -1));
      return type === rule;
    });
}

/** A size in MB for messages ("2 MB", "0.5 MB"). */
export function formatMb(mb: number): string {
  return t("sizeMb", { size: new Intl.NumberFormat(intlLocales(), { maximumFractionDigits: 2 }).format(mb) });
}

/** Null when the file may be used, else a message saying why not. */
export function checkFile(file: File, accept: string | undefined, maxSizeMb: number | undefined): string | null {
  if (!matchesAccept(file, accept)) return t("notAcceptedType", { name: file.name, accept });
  if (typeof maxSizeMb === "number" && maxSizeMb > 0 && file.size > maxSizeMb * 1024 * 1024) {
    return t("tooLarge", { name: file.name, size: formatMb(file.size / (1024 * 1024)), limit: formatMb(maxSizeMb) });
  }
  return null;
}
