import type { CatalogSystem } from "../catalog-model";
import type { SystemFormat } from "./search-ranking";

/** The field paths of a system's documented error body, for recognising pasted bodies. */
export function toSystemFormat(system: CatalogSystem): SystemFormat {
  const fields: string[] = [];
  const walk = (node: unknown, path: string) => {
    if (node === null || typeof node !== "object" || Array.isArray(node)) return;
    for (const [key, value] of Object.entries(node)) {
      const fieldPath = path === "" ? key : `${path}.${key}`;
      fields.push(fieldPath);
      walk(value, fieldPath);
    }
  };
  walk(system.data.response.template, "");
  return { id: system.id, name: system.name, fields, documented: system.data.response.documented };
}
