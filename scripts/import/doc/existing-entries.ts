import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { entryBody } from "../../../src/lib/entry-body.ts";

/** An entry already in the content folder, as a re-import reads it. */
export interface ExistingEntry {
  /** Project-relative path, e.g. `content/errors/billing/card-declined.md`. */
  path: string;
  /** The frontmatter as written, keys in the author's order. */
  frontmatter: Record<string, unknown>;
  body: string;
  format: "md" | "mdx";
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/**
 * The entries of one system's folder, by code. Files whose frontmatter does not parse are
 * returned in `unreadable`, so the import can name them instead of overwriting them.
 */
export function readExistingEntries(
  contentDir: string,
  system: string,
): { byCode: Map<string, ExistingEntry>; byPath: Map<string, ExistingEntry>; unreadable: string[] } {
  const byCode = new Map<string, ExistingEntry>();
  const byPath = new Map<string, ExistingEntry>();
  const unreadable: string[] = [];
  const folder = join(contentDir, "errors", system);
  if (!existsSync(folder)) return { byCode, byPath, unreadable };
  for (const name of readdirSync(folder)
    .filter((file) => /\.mdx?$/.test(file))
    .sort()) {
    const path = join(folder, name);
    const text = readFileSync(path, "utf8");
    const match = FRONTMATTER.exec(text);
    let frontmatter: unknown;
    try {
      frontmatter = match ? parse(match[1]!) : undefined;
    } catch {
      frontmatter = undefined;
    }
    if (
      !frontmatter ||
      typeof frontmatter !== "object" ||
      typeof (frontmatter as { code?: unknown }).code !== "string"
    ) {
      unreadable.push(path);
      continue;
    }
    const entry: ExistingEntry = {
      path,
      frontmatter: frontmatter as Record<string, unknown>,
      body: entryBody(text),
      format: name.endsWith(".mdx") ? "mdx" : "md",
    };
    byCode.set((frontmatter as { code: string }).code, entry);
    byPath.set(path.replace(/\.mdx$/, ".md"), entry);
  }
  return { byCode, byPath, unreadable };
}
