/**
 * A code split where a line may break without breaking a word: after `_`, `:`, `.`, `/` and `-`.
 * `user:email_already_exists` → `user:`, `email_`, `already_`, `exists`. Rendered with <wbr>
 * between the parts, a long code wraps at its separators and never mid-word.
 */
export function codeSegments(code: string): string[] {
  return code.split(/(?<=[_:./-])(?=.)/u);
}
