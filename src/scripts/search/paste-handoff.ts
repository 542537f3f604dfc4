/**
 * A paste too long for a URL travels from the page it was pasted on to the search page through
 * session storage, under this key, with `#paste` on the search page's URL.
 */
export const PASTE_STORAGE_KEY = "errordex:paste";
/** Queries longer than this stay out of URLs. */
export const MAX_URL_QUERY = 2000;
