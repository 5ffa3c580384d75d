// Contract stub: the import task replaces the body. The list view renders it in its toolbar.
import type { ResourceSchema } from "../../protocol/types.ts";

export interface ImportButtonProps {
  resource: ResourceSchema;
}

export function ImportButton(_props: ImportButtonProps) {
  return null;
}
