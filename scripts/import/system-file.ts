import { isMap, isSeq, parseDocument, stringify } from "yaml";

export interface SystemCategory {
  id: string;
  name: string;
}

/** What an import knows about a system: enough for `content/systems/<id>.yaml`. */
export interface ImportedSystem {
  name: string;
  /** The document the errors came from. */
  document: string;
  /** Every code of the system, to derive the code scheme from. */
  codes: readonly string[];
  /** In the order the document introduces them. */
  categories: readonly SystemCategory[];
}

/**
 * A new system file for imported errors. The import knows only what the document says: the
 * response body is errordex's suggestion (`documented: false`), which the page says, until an
 * author describes the real one.
 */
export function renderSystemFile(system: ImportedSystem): string {
  return stringify(
    {
      name: system.name,
      summary: `The errors of ${system.name}, imported from ${system.document} by npm run import.`,
      source: { document: system.document },
      codeScheme: codeScheme(system.codes),
      response: {
        transport: "http",
        mediaType: "application/problem+json",
        documented: false,
        template: { type: "$url", status: "$status", title: "$title", code: "$code" },
        link: { pointer: "/type", documented: false },
      },
      categories: system.categories.map(({ id, name }) => ({ id, name })),
    },
    { lineWidth: 0 },
  );
}

/**
 * An existing system file with what a re-import adds: the categories its errors need that the
 * file lacks, and the name when one is given. Everything else (the author's summary, response
 * shape, guidance) stays as written, comments included. Undefined when nothing changes.
 */
export function updateSystemFile(
  text: string,
  categories: readonly SystemCategory[],
  name: string | undefined,
): string | undefined {
  const document = parseDocument(text);
  let changed = false;
  if (name !== undefined && document.get("name") !== name) {
    document.set("name", name);
    changed = true;
  }
  const declared = document.get("categories");
  const ids = new Set(isSeq(declared) ? declared.items.map((item) => (isMap(item) ? String(item.get("id")) : "")) : []);
  for (const category of categories) {
    if (ids.has(category.id)) continue;
    if (isSeq(declared)) declared.add(document.createNode({ id: category.id, name: category.name }));
    else document.set("categories", [{ id: category.id, name: category.name }]);
    ids.add(category.id);
    changed = true;
  }
  return changed ? document.toString({ lineWidth: 0 }) : undefined;
}

/**
 * The narrowest simple scheme that fits every code: numbers of so many digits, or the letters,
 * digits and signs the codes use.
 */
export function codeScheme(codes: readonly string[]): {
  kind: "numeric" | "string";
  pattern: string;
  description: string;
} {
  if (codes.length > 0 && codes.every((code) => /^\d+$/.test(code))) {
    const lengths = codes.map((code) => code.length);
    const [min, max] = [Math.min(...lengths), Math.max(...lengths)];
    return {
      kind: "numeric",
      pattern: `[0-9]{${min === max ? min : `${min},${max}`}}`,
      description: min === max ? `a number of ${min} digits` : `a number of ${min} to ${max} digits`,
    };
  }
  const all = codes.join("");
  const classes: Array<[RegExp, string, string]> = [
    [/[A-Z]/, "A-Z", "capital letters"],
    [/[a-z]/, "a-z", "lower-case letters"],
    [/[0-9]/, "0-9", "digits"],
  ];
  const used = classes.filter(([test]) => test.test(all));
  const signs = [...new Set(all.replace(/[A-Za-z0-9]/g, ""))].sort();
  const pattern = `[${used.map(([, range]) => range).join("")}${signs.map((sign) => sign.replace(/[\\\]^-]/g, "\\$&")).join("")}]+`;
  const words = [...used.map(([, , word]) => word), ...signs.map((sign) => `“${sign}”`)];
  return {
    kind: "string",
    pattern,
    description: `${words.length > 1 ? `${words.slice(0, -1).join(", ")} and ${words.at(-1)}` : (words[0] ?? "any characters")}, as the document writes its codes`,
  };
}
