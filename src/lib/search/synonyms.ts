/**
 * Words a reader uses for what an error page says in other words: a support ticket says
 * "sign-up" where the page says "registration", "deadline" where it says "due date". A query
 * searched word by word (a paraphrase) also searches each of its words' synonyms, and a page
 * that has a synonym counts as having the word (relevance.ts).
 *
 * Each group lists forms of one idea, single words or phrases. Groups stay generic API and
 * account vocabulary; a catalog's own words (a product's name for its devices, say) belong in
 * its site configuration, which can add groups or replace these.
 */
export type SynonymGroups = readonly (readonly string[])[];

export const DEFAULT_SYNONYMS: SynonymGroups = [
  ["sign up", "signup", "register", "registration", "create an account"],
  ["log in", "login", "sign in", "signin", "authenticate", "authentication"],
  ["log out", "logout", "sign out"],
  ["2fa", "two-factor", "mfa", "multi-factor", "totp", "authenticator"],
  ["recovery code", "backup code"],
  ["forgot password", "password reset", "reset password"],
  ["deadline", "due date"],
  ["organisation", "organization", "company", "team", "workspace", "tenant", "group"],
  ["api key", "api token", "access key", "access token"],
  ["language", "locale"],
  ["subscription", "plan", "tier", "pricing"],
  ["remove", "delete", "deletion", "erase"],
  ["e-mail", "email", "mail address"],
  ["picture", "image", "photo"],
  ["too many requests", "rate limit", "throttled", "quota"],
  ["timed out", "timeout"],
  ["agree", "agreeing", "consent", "accept the terms"],
  ["already used", "already exists", "already taken", "duplicate", "in use"],
  ["refused", "rejected", "denied", "forbidden", "not allowed"],
  ["wrong", "incorrect", "invalid"],
  ["missing", "required", "absent"],
  ["cert", "certificate"],
  ["assignment", "task", "todo"],
  ["turn on", "switch on", "enable", "activate"],
  ["turn off", "switch off", "disable", "deactivate"],
];

/** A query word and the other terms to search for it (each one Pagefind term, maybe of several words). */
export interface WordSynonyms {
  word: string;
  terms: string[];
}

/**
 * The synonyms of a query's words. A form found in the query (as whole words, case and `-`
 * ignored, maybe plural) gives each of its words the group's other forms; `words` are the
 * query's words as the search counts them, lower case.
 */
export function synonymsOf(query: string, words: readonly string[], groups: SynonymGroups): WordSynonyms[] {
  const text = ` ${normalized(query)} `;
  const found = new Map<string, Set<string>>();
  for (const group of groups) {
    const forms = group.map(normalized);
    for (const form of forms) {
      // A plural is the same idea: "recovery codes".
      if (!text.includes(` ${form} `) && !text.includes(` ${form}s `)) continue;
      for (const word of form.split(" ")) {
        if (!words.includes(word)) continue;
        const terms = found.get(word) ?? new Set<string>();
        for (const other of forms) if (other !== form && !other.split(" ").includes(word)) terms.add(other);
        found.set(word, terms);
      }
    }
  }
  return [...found].map(([word, terms]) => ({ word, terms: [...terms] }));
}

/** Lower case, words separated by one space, `-` and punctuation read as spaces. */
function normalized(text: string): string {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(" ");
}
