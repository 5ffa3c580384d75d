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
  return `${new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 }).format(mb)} MB`;
}

/** Null when the file may be used, else a message saying why not. */
export function checkFile(file: File, accept: string | undefined, maxSizeMb: number | undefined): string | null {
  if (!matchesAccept(file, accept)) return `“${file.name}” is not an accepted file type (${accept}).`;
  if (typeof maxSizeMb === "number" && maxSizeMb > 0 && file.size > maxSizeMb * 1024 * 1024) {
    return `“${file.name}” is too large (${formatMb(file.size / (1024 * 1024))}); the limit is ${formatMb(maxSizeMb)}.`;
  }
  return null;
}
