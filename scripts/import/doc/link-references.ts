import type { Definition, Nodes, Root } from "mdast";

/**
 * Turns reference-style links and images (`[the auth guide][auth]`, `![logo][logo]`, `[auth]`) into
 * inline ones, with the URL of their definition (`[auth]: https://…`), so that an entry's text
 * keeps them: an entry is one page, where the document's definitions are not.
 */
export function resolveLinkReferences(tree: Root): void {
  const definitions = new Map<string, Definition>();
  walk(tree, (node) => {
    if (node.type === "definition" && !definitions.has(node.identifier)) definitions.set(node.identifier, node);
  });
  walk(tree, (node) => {
    if (!("children" in node)) return;
    node.children = node.children.map((child) => {
      if (child.type === "linkReference") {
        const definition = definitions.get(child.identifier);
        if (!definition) return child;
        return { type: "link", url: definition.url, title: definition.title ?? null, children: child.children };
      }
      if (child.type === "imageReference") {
        const definition = definitions.get(child.identifier);
        if (!definition) return child;
        return { type: "image", url: definition.url, title: definition.title ?? null, alt: child.alt ?? null };
      }
      return child;
    }) as typeof node.children;
  });
}

function walk(node: Nodes, visit: (node: Nodes) => void): void {
  visit(node);
  if ("children" in node) for (const child of node.children) walk(child, visit);
}
