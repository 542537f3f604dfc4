/**
 * Where the catalog's content lives. CONTENT_DIR points a build at another catalog: the
 * malformed-content fixtures of the tests, or a synthetic catalog for benchmarks.
 */
export const CONTENT_DIR = (process.env.CONTENT_DIR ?? "content").replace(/\/+$/, "");
