/** The ids a list's elements refer to each other by (the table is labelled by its heading). */
export function listDomIds(resourceName: string) {
  return { heading: `list-${resourceName}-title`, filters: `list-${resourceName}-filters` };
}
