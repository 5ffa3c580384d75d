/** The names once each, in first-seen order (repeating a name adds nothing). */
export function uniqueNames(names: string[]): string[] {
  return [...new Set(names)];
}
