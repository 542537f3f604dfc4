/** Code words that are acronyms, by their upper-case form. */
const ACRONYMS: Readonly<Record<string, string>> = { SSO: "SSO", API: "API" };

/**
 * A sentence-case title from the code's words: "SSOTokenFailedToParse" -> "SSO token failed to
 * parse", "ApiIsDisabled" -> "API is disabled".
 */
export function titleFromCode(code: string): string {
  const words = code.match(/[A-Z]+(?![a-z])|[A-Z]?[a-z0-9]+/g) ?? [code];
  return words
    .map((word, index) => {
      const acronym = ACRONYMS[word.toUpperCase()];
      if (acronym) return acronym;
      const lower = word.toLowerCase();
      return index === 0 ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower;
    })
    .join(" ");
}
