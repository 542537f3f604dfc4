/** One `<meta>` of a page's head: `name="…"` (HTML, Twitter) or `property="…"` (Open Graph). */
export interface MetaTag {
  attribute: "name" | "property";
  key: string;
  content: string;
}

export interface PageMetaInput {
  /** The page's own title, without the site name. */
  title: string;
  description: string;
  /** The page's canonical URL; pages without one (the 404 page) get no `og:url`. */
  url: string | undefined;
  /** `article` for an error page, `website` for the rest. */
  type: "website" | "article";
  siteName: string;
}

/**
 * The description and social-preview tags of a page: the meta description, Open Graph and a
 * Twitter summary card. No image: previewers want PNG or JPEG, which the build cannot draw
 * without a rendering dependency, and a summary card reads well without one.
 */
export function pageMeta({ title, description, url, type, siteName }: PageMetaInput): MetaTag[] {
  return [
    { attribute: "name", key: "description", content: description },
    { attribute: "property", key: "og:type", content: type },
    { attribute: "property", key: "og:site_name", content: siteName },
    { attribute: "property", key: "og:title", content: title },
    { attribute: "property", key: "og:description", content: description },
    ...(url === undefined ? [] : [{ attribute: "property", key: "og:url", content: url } as const]),
    { attribute: "name", key: "twitter:card", content: "summary" },
    { attribute: "name", key: "twitter:title", content: title },
    { attribute: "name", key: "twitter:description", content: description },
  ];
}
