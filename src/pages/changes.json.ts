import type { APIRoute } from "astro";
import { loadCatalog } from "../data/load-catalog";
import { catalogChanges } from "../lib/catalog-changes";
import { jsonResponse } from "../lib/json-response";

export const GET: APIRoute = async ({ site }) => {
  const changes = catalogChanges(await loadCatalog(), site!, new Date());
  const { added, deprecated } = changes.undated;
  if (added + deprecated > 0) {
    // Not a failure: an imported catalog has no dates until someone writes them. But never silent.
    console.warn(
      `changes.json: ${added} errors without \`added\` and ${deprecated} deprecated errors without \`lifecycle.since\` are not listed under a day. Give them the date (YYYY-MM-DD) to list them.`,
    );
  }
  return jsonResponse(changes, 2);
};
