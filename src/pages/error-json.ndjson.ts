import type { APIRoute } from "astro";
import { errorJsonText } from "../data/error-json";
import { loadCatalog } from "../data/load-catalog";
import type { ErrorJsonLine } from "../integrations/error-json-files";

/**
 * Every error's JSON entry, one line each, for the build only: the errordex:error-json-files
 * integration writes each to its own path and deletes this file (ERROR_JSON_BUNDLE there).
 */
export const GET: APIRoute = async ({ site }) => {
  const catalog = await loadCatalog();
  const lines = await Promise.all(
    catalog.errors.map(async (error) => {
      const line: ErrorJsonLine = { path: error.jsonPath, text: await errorJsonText(error, catalog, site!) };
      return JSON.stringify(line);
    }),
  );
  return new Response(`${lines.join("\n")}\n`, { headers: { "Content-Type": "application/x-ndjson" } });
};
