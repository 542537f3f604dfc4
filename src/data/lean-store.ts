import type { LoaderContext } from "astro/loaders";

type Store = LoaderContext["store"];
type StoredEntry = Parameters<Store["set"]>[0];
type RenderedContent = NonNullable<StoredEntry["rendered"]>;

/**
 * The rendered metadata the site reads: Astro's `render()` needs `imagePaths` to resolve the
 * images of a Markdown body, and errordex uses nothing else of it. The glob loader also keeps a
 * copy of the frontmatter and the list of headings, and empty image lists.
 */
export function leanRendered(rendered: RenderedContent): RenderedContent {
  const imagePaths = rendered.metadata?.imagePaths ?? [];
  return imagePaths.length > 0 ? { html: rendered.html, metadata: { imagePaths } } : { html: rendered.html };
}

/**
 * A loader's store that keeps each entry's rendered metadata to what the site reads
 * ({@link leanRendered}). Astro bundles the whole content store into the build as one string,
 * which Astro's and Vite's plugins each copy in turn; at 30,000 errors the unread metadata was
 * 17 % of it (docs/performance.md). The bodies are left out too (data/error-body.ts).
 */
export function leanStore(store: Store): Store {
  const set = (entry: StoredEntry) =>
    store.set(entry.rendered ? { ...entry, rendered: leanRendered(entry.rendered) } : entry);
  return new Proxy(store, {
    get: (target, key, receiver) => (key === "set" ? set : Reflect.get(target, key, receiver)),
  });
}
