import { meaningOf } from "./guidance";

/**
 * An error's one-line description: the meaning its body opens with, as plain text. The page's
 * meta description, its social previews and its row in catalog.json all say the same. A body
 * without an opening paragraph (the guidance check reports it) falls back to the title, so
 * the description is never empty.
 */
export function errorDescription(error: { title: string }, body: string): string {
  return meaningOf(body) || `${error.title}.`;
}
