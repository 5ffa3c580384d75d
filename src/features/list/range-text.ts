/** "1–25 of 12,000" (en dash, locale digits); "0 of 0" when empty. */
export function rangeText(page: number, perPage: number, total: number, shown: number, locale?: string): string {
  const nf = new Intl.NumberFormat(locale);
  if (total <= 0 || shown <= 0) return `0 of ${nf.format(Math.max(total, 0))}`;
  const from = (page - 1) * perPage + 1;
  const to = from + shown - 1;
  return `${nf.format(from)}–${nf.format(to)} of ${nf.format(total)}`;
}
