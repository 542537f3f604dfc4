/**
 * The href of the first `<link rel="canonical">` in an HTML document's text, entities in it
 * decoded, or undefined. Read with a pattern rather than a parser: it runs on the head of every
 * built page, and the site writes the tag itself.
 */
export function canonicalLinkOf(html: string): string | undefined {
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = attributeOf(tag, "rel");
    if (rel === undefined || !rel.toLowerCase().split(/\s+/).includes("canonical")) continue;
    const href = attributeOf(tag, "href");
    return href === undefined ? undefined : decodeEntities(href);
  }
  return undefined;
}

function attributeOf(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, "i").exec(tag);
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#[0-9]+|amp|lt|gt|quot|apos);/gi, (entity, body: string) => {
    const lower = body.toLowerCase();
    if (lower.startsWith("#x")) return String.fromCodePoint(parseInt(lower.slice(2), 16));
    if (lower.startsWith("#")) return String.fromCodePoint(parseInt(lower.slice(1), 10));
    return NAMED[lower] ?? entity;
  });
}

const NAMED: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
