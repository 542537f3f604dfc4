/**
 * The filter box of a system's index: which rows a typed text keeps, and the sentence that says
 * what is shown. Separators and case don't matter, so `user not found` keeps `user:not_found`.
 */

/** The text a row is matched on: its code, title and message. */
export function filterText(row: { code: string; title: string; message: string | null }): string {
  return [row.code, row.title, row.message ?? ""].join(" ");
}

/**
 * Whether every word typed begins a word of the row's text (so `lock` keeps "Account is locked",
 * and a letter inside a word keeps nothing). An empty filter keeps every row.
 */
export function matchesFilterText(rowText: string, typed: string): boolean {
  const haystack = ` ${fold(rowText)}`;
  return fold(typed)
    .split(" ")
    .filter(Boolean)
    .every((word) => haystack.includes(` ${word}`));
}

/** "Showing 3 of 71 errors with status 401 or 403 matching “lock”.", or "" when nothing is filtered. */
export function filterSummary(state: { shown: number; total: number; statuses: string[]; text: string }): string {
  const text = state.text.trim();
  if (state.statuses.length === 0 && !text) return "";
  const status = state.statuses.length > 0 ? ` with status ${state.statuses.join(" or ")}` : "";
  const matching = text ? ` matching “${text}”` : "";
  return `Showing ${state.shown} of ${state.total} errors${status}${matching}.`;
}

function fold(value: string): string {
  return value
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
