import { getCollection } from "astro:content";
import { frequentWords } from "../lib/search/frequent-words";
import { errorBody } from "./error-body";

/** The catalog's frequent words (see lib/search/frequent-words.ts), from every error's title, message and body. */
export async function loadFrequentWords(): Promise<string[]> {
  const errors = await getCollection("errors");
  return frequentWords(errors.map((entry) => `${entry.data.title} ${entry.data.message ?? ""} ${errorBody(entry)}`));
}
