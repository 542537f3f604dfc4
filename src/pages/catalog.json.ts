import type { APIRoute } from "astro";
import { errorBody } from "../data/error-body";
import { loadCatalog } from "../data/load-catalog";
import { toCatalogJson } from "../lib/catalog-json";
import { errorDescription } from "../lib/error-description";
import { jsonResponse } from "../lib/json-response";

export const GET: APIRoute = async ({ site }) =>
  jsonResponse(
    toCatalogJson(await loadCatalog(), site!, new Date(), (error) =>
      errorDescription(error, errorBody({ id: error.entryId, filePath: error.filePath })),
    ),
    2,
  );
