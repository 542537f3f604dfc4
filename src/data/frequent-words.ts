import { getCollection } from "astro:content";
import { mdxProse } from "../lib/entry-body";
import { frequentWords } from "../lib/search/frequent-words";
import { errorBody } from "./error-body";

/**
 * The catalog's frequent words (see lib/search/frequent-words.ts), from every error's title,
 * message and body, as Pagefind sees them: an MDX body's imports are code, not text, and in a
 * catalog written in MDX they would make "import" a frequent word that queries leave out.
 */
export async function loadFrequentWords(): Promise<string[]> {
  const errors = await getCollection("errors");
  return frequentWords(
    errors.map((entry) => {
      const body = errorBody(entry);
      const text = entry.filePath?.endsWith(".mdx") ? mdxProse(body) : body;
      return `${entry.data.title} ${entry.data.message ?? ""} ${text}`;
    }),
  );
}
