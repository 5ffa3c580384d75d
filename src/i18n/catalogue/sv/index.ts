// Swedish, every area in one chunk: loaded when Swedish is chosen (translate.ts).
import type { Messages } from "../../types.ts";

const files = import.meta.glob<{ default: Messages }>(["./*.ts", "!./index.ts"], { eager: true });

/** Area name (the file's name) → its messages. */
export const sv: Record<string, Messages> = Object.fromEntries(Object.entries(files).map(([path, file]) => [path.slice(2, -3), file.default]));
