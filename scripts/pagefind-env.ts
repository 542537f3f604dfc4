/**
 * The environment Pagefind's binary runs in: scripts/index-search.ts, which starts it, sets
 * these variables first, for `npm run build` and the bench (errordex and its floor) alike.
 *
 * Pagefind allocates through jemalloc, which by default keeps freed pages for 10 s before it
 * returns them to the system. Indexing 30,000 errors takes ~20 s, so much of what Pagefind had
 * freed was still resident at its peak: 1.98 GiB. Returning freed pages after 250 ms: 1.67 GiB,
 * in the same time (docs/performance.md). jemalloc reads the setting when the binary starts;
 * tests/unit/pagefind-env.test.ts checks that Pagefind's binary still reads it.
 */
export const PAGEFIND_ENV = { _RJEM_MALLOC_CONF: "dirty_decay_ms:250" } as const;
