import type { APIRoute } from "astro";
import { errorBody } from "../data/error-body";
import { loadCatalog } from "../data/load-catalog";
import { toCatalogJson } from "../lib/catalog-json";
import { errorDescription } from "../lib/error-description";
import { jsonResponse } from "../lib/json-response";
import { siteDescription, siteTitle } from "../data/site-config";

export const GET: APIRoute = async ({ site }) =>
  jsonResponse(
    toCatalogJson(
      await loadCatalog(),
      { url: site!, title: siteTitle, description: siteDescription },
      new Date(),
      (error) => errorDescription(error, errorBody({ id: error.entryId, filePath: error.filePath })),
    ),
    2,
  );
