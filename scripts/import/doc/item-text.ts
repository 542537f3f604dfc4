/**
 * Reading the text an error document gives one error: its name and meaning in one string, its
 * placeholders, and a status written into it.
 */

/**
 * Splits "Bad Request -- Your request is invalid." into a short name and the meaning, as Slate's
 * error tables and many lists write them. Only when the part before the dash is a name (six words
 * at most, no sentence end): a dash inside a sentence stays where it is.
 */
export function splitNameAndMeaning(text: string, dashes: "double" | "any"): { name?: string; meaning: string } {
  const separator = dashes === "double" ? /\s+(?:--|—|–)\s+/ : /\s+(?:--|-|—|–)\s+/;
  const match = separator.exec(text);
  if (match) {
    const name = text.slice(0, match.index).trim();
    const meaning = text.slice(match.index + match[0].length).trim();
    if (name && meaning && name.split(/\s+/).length <= 6 && !/[.!?]/.test(name)) return { name, meaning };
  }
  return { meaning: text };
}

/** Text that stands in for a description not written yet ("@TODO", "_Not defined yet_", "TBD"). */
export function isPlaceholder(text: string): boolean {
  const plain = text
    .replace(/[_*`]/g, "")
    .replace(/[.!]+$/, "")
    .trim();
  return /^(?:@?todo|tbd|tbc|n\/a|-+|…|\.\.\.|not defined yet|to be defined|coming soon)$/i.test(plain);
}

/** "Bad Request (400)" -> "Bad Request": the status is in `status`, the title need not repeat it. */
export function withoutStatus(text: string, status: number): string {
  return text
    .replace(new RegExp(`\\s*\\(${status}\\)\\s*$`), "")
    .replace(new RegExp(`(?<=[.!?])\\s*${status}\\.?\\s*$`), "")
    .trim();
}

/** Markdown inline text as plain text: links, code spans, bold and escapes unwrapped. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\\(.)/g, "$1")
    .replace(/[*`]|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * A title from a description: its first sentence, without the closing period, when that is short
 * enough to be a title (90 characters); undefined otherwise.
 */
export function titleFromText(text: string): string | undefined {
  const plain = plainText(text);
  const sentence = /^(.+?[.!?])(?:\s|$)/.exec(plain)?.[1] ?? plain;
  const title = sentence.replace(/\.$/, "").trim();
  return title && title.length <= 90 ? title : undefined;
}
