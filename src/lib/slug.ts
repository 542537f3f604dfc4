/**
 * Turns an error code, exactly as an API emits it, into the path segment of its page.
 *
 * Slugs are lower case and use only `a-z`, `0-9` and `-`, so they are safe on every file system
 * (no `:` for Windows), on case-sensitive static hosts and in URLs without escaping. Word
 * boundaries that people read in a code become hyphens:
 *
 *   user:not_found        -> user-not-found
 *   EmailAlreadyExists    -> email-already-exists
 *   SSOTokenFailedToParse -> sso-token-failed-to-parse
 *   FILE_TOO_LARGE        -> file-too-large
 *   2202                  -> 2202
 *
 * Published slugs must never change: a change to this function that alters the slug of an
 * existing code breaks published URLs, which the registry tests catch.
 */
export function codeToSlug(code: string): string {
  return (
    code
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      // camelCase / PascalCase boundary: "emailAlready" -> "email-Already"
      .replace(/([a-z0-9])([A-Z])/g, "$1-$2")
      // acronym followed by a word: "SSOToken" -> "SSO-Token"
      .replace(/([A-Z]+)([A-Z][a-z])/g, "$1-$2")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
  );
}

/** A slug as `codeToSlug` makes them: lower-case words of `a-z0-9` joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isSlug(value: string): boolean {
  return SLUG_PATTERN.test(value);
}
