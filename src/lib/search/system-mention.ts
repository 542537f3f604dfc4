/**
 * Which systems a query names. A support ticket often says which product failed ("in the Data
 * Manager", "Hazizz keeps logging users out"); that tells more about the page wanted than any
 * of its other words, and the name's own words ("data", "manager") would only match every page
 * of that system (and of others that share them).
 */

export interface NamedSystem {
  /** The system's id and its name as the site shows it, e.g. `data-manager`, "Data Manager". */
  id: string;
  name: string;
}

export interface SystemMention {
  /** The ids of the systems named, in the order of the catalog. */
  ids: string[];
  /** The query's words that named them, lower case: not to be searched as words of the error. */
  words: string[];
}

/** Words a system's name may end with that say nothing of which system it is. */
const GENERIC_ENDINGS = new Set(["api", "service"]);

/**
 * The systems the text names: by the whole name, by the name without a trailing "API"
 * (`Hazizz API` → `Hazizz`), or by the words of an id of several (`sso-groups` → `sso groups`). Case is ignored
 * for names of two words or more; a one-word name must be written as the name writes it
 * ("Accounts", not "accounts": two accounts are no system). Where one named form is part of a
 * longer one also in the text (`Artwork Player` in `Artwork Player MQTT`), the longer wins.
 */
export function systemsNamed(text: string, systems: readonly NamedSystem[]): SystemMention {
  const tokens = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  const lower = tokens.map((token) => token.toLowerCase());
  const found: Array<{ id: string; start: number; length: number }> = [];
  for (const system of systems) {
    for (const form of formsOf(system)) {
      const start = indexOfWords(tokens, lower, form);
      if (start >= 0) found.push({ id: system.id, start, length: form.length });
    }
  }
  // A shorter form inside a longer one found at the same place is the longer one's.
  const kept = found.filter(
    (one) =>
      !found.some(
        (other) =>
          other !== one &&
          other.id !== one.id &&
          other.length > one.length &&
          other.start <= one.start &&
          one.start + one.length <= other.start + other.length,
      ),
  );
  const ids = systems.map((system) => system.id).filter((id) => kept.some((one) => one.id === id));
  const words = new Set(kept.flatMap((one) => lower.slice(one.start, one.start + one.length)));
  return { ids, words: [...words] };
}

/** The forms a system is named by, each as its words. */
function formsOf(system: NamedSystem): string[][] {
  const name = system.name.match(/[\p{L}\p{N}]+/gu) ?? [];
  // An id of one word is written in lower case, like any word: only the name names it.
  const id = system.id.split("-");
  const forms = id.length > 1 ? [name, id] : [name];
  for (let cut = name.length - 1; cut >= 1; cut--) {
    if (GENERIC_ENDINGS.has(name.slice(cut).join(" ").toLowerCase())) forms.push(name.slice(0, cut));
  }
  const unique = new Map(forms.filter((form) => form.length > 0).map((form) => [form.join(" ").toLowerCase(), form]));
  return [...unique.values()];
}

/** Where the words of `form` start in the text, -1 when they are not there in a row. */
function indexOfWords(tokens: readonly string[], lower: readonly string[], form: readonly string[]): number {
  const wanted = form.map((word) => word.toLowerCase());
  const exactCase = form.length === 1;
  for (let start = 0; start + form.length <= tokens.length; start++) {
    const matches = form.every((word, offset) =>
      exactCase ? tokens[start + offset] === word : lower[start + offset] === wanted[offset],
    );
    if (matches) return start;
  }
  return -1;
}
