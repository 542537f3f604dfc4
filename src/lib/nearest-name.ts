import { editDistance } from "./search/spelling";

/**
 * The known name nearest to a misspelt one (`mesage` → `message`, `Title` → `title`), or
 * undefined when none is close: at most a third of the name's letters off, and at least two.
 */
export function nearestName(name: string, known: readonly string[]): string | undefined {
  const lower = name.toLowerCase();
  const ceiling = Math.max(2, Math.floor(name.length / 3));
  let best: { name: string; distance: number } | undefined;
  for (const candidate of known) {
    const distance = editDistance(lower, candidate.toLowerCase(), ceiling + 1);
    if (distance <= ceiling && (!best || distance < best.distance)) best = { name: candidate, distance };
  }
  return best?.name;
}

/**
 * What to say about keys an object does not know: each one, with the nearest known key when
 * one is close, and the known keys when none is. A misspelt key is never dropped silently.
 */
export function unknownKeysMessage(keys: readonly string[], known: readonly string[]): string {
  const parts = keys.map((key) => {
    const near = nearestName(key, known);
    return near ? `\`${key}\` (did you mean \`${near}\`?)` : `\`${key}\``;
  });
  const lead = keys.length === 1 ? `has an unknown key ${parts[0]}` : `has unknown keys ${parts.join(", ")}`;
  const guessed = keys.every((key) => nearestName(key, known) !== undefined);
  return guessed ? lead : `${lead}; the keys it takes are ${known.map((name) => `\`${name}\``).join(", ")}`;
}
