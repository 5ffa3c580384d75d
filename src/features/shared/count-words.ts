// The schema's words for a count of records, as the catalogue's plural messages take them:
// `{count, plural, one {# {label}} other {# {labelPlural}}}`. Lower-cased, for mid-sentence use.
import type { ResourceSchema } from "../../protocol/types.ts";

export type CountWords = {
  label: string;
  labelPlural: string;
};

export function countWords(resource: Pick<ResourceSchema, "label" | "label_plural">): CountWords {
  return { label: resource.label.toLowerCase(), labelPlural: resource.label_plural.toLowerCase() };
}
