/**
 * The "Edit this page" URL of an entry: errordex()'s `editLink.baseUrl` joined with the entry's
 * project-relative path (`content/errors/billing/card-declined.md`), each segment encoded.
 */
export function editUrl(baseUrl: string, filePath: string): string {
  const path = filePath
    .replace(/\\/g, "/")
    .replace(/^\.?\//, "")
    .split("/")
    .map(encodeURIComponent)
    .join("/");
  return new URL(path, baseUrl).href;
}
