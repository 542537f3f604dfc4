/**
 * The environment `astro build` runs in, for `npm run build` and the bench alike.
 *
 * Vite 8 bundles with Rolldown, whose native code allocates through mimalloc. By default
 * mimalloc hands freed memory back to the system only after a delay, and only when it next
 * allocates, so what the bundler had freed stayed resident while Astro rendered the pages. With
 * no delay, a 30,000-error build peaked ~200 MB lower, at no cost in time (docs/performance.md).
 * mimalloc reads its options when the process starts: astro.config.mjs is too late to set them.
 */
export const ASTRO_BUILD_ENV = { MIMALLOC_PURGE_DELAY: "0" } as const;
