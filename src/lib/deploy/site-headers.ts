import { createHash } from "node:crypto";
import { INLINE_HANDLERS } from "../../scripts/inline-handlers";

/**
 * The response headers every file of the site gets, on every host: `_headers` (Netlify,
 * Cloudflare Pages), `vercel.json` and the nginx include are all written from this list, so they
 * cannot drift. tests/e2e/security.spec.ts serves the built site with them and fails on any
 * Content-Security-Policy violation or request to another origin.
 *
 * Strict-Transport-Security is not set here: it commits the whole domain to HTTPS, so it belongs
 * to the domain's HTTPS settings at the host, where includeSubDomains and preload are decided.
 */
export interface SiteHeader {
  name: string;
  value: string;
}

/** The CSP source of an inline handler: the SHA-256 of its text, as the browser hashes it. */
export function cspHash(text: string): string {
  return `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
}

/**
 * Content-Security-Policy: the site is static, and everything it loads is its own, so nothing is
 * allowed unless listed, and nothing from another origin is allowed at all. The build emits no
 * inline <script>, no <style> and no style="" (astro.config.mjs: build.inlineStylesheets "never",
 * vite.build.assetsInlineLimit 0, markdown.syntaxHighlight false). The one inline <script> left,
 * the 404 page's list of systems, is type="application/json": data, never run.
 */
const CONTENT_SECURITY_POLICY: ReadonlyArray<[directive: string, ...sources: string[]]> = [
  // Anything not listed below (object, media, frame, ...) is refused.
  ["default-src", "'none'"],
  [
    "script-src",
    // The bundled page scripts in /_astro/, and Pagefind's search (/pagefind/pagefind.js,
    // imported by the search page). Pagefind also starts a Web Worker from
    // /pagefind/pagefind-worker.js; workers fall back to script-src, so 'self' covers it.
    "'self'",
    // Pagefind's search runs as WebAssembly (/pagefind/wasm.*.pagefind), compiled in the worker
    // or, without one, on the page. It allows compiling WebAssembly only; JavaScript eval stays
    // refused.
    "'wasm-unsafe-eval'",
    // Exactly two inline event handlers, by the hash of their text: the copy buttons' onclick and
    // the search shortcut's onkeydown (src/scripts/inline-handlers.ts), so error pages load no
    // script until one is used. Any other handler, or a changed one, is refused; inline <script>
    // elements stay refused (no hash matches them).
    "'unsafe-hashes'",
    ...INLINE_HANDLERS.map(cspHash),
  ],
  // The one stylesheet in /_astro/ (Tailwind).
  ["style-src", "'self'"],
  // The favicon. No image or stylesheet uses data: URLs, so none are allowed.
  ["img-src", "'self'"],
  // The search's fetches: /search/*.json (code index, spellings, systems) and Pagefind's index,
  // filters and fragments, the worker's included.
  ["connect-src", "'self'"],
  // No web fonts today (system fonts only); self-hosted ones would do.
  ["font-src", "'self'"],
  // No web app manifest today; only the site's own would do.
  ["manifest-src", "'self'"],
  // No page uses <base>; an injected one cannot redirect relative URLs.
  ["base-uri", "'none'"],
  // The search forms submit (GET) to /search/.
  ["form-action", "'self'"],
  // No site may frame these pages (clickjacking); X-Frame-Options below says the same to browsers
  // that predate frame-ancestors.
  ["frame-ancestors", "'none'"],
];

export const SITE_HEADERS: readonly SiteHeader[] = [
  {
    name: "Content-Security-Policy",
    value: CONTENT_SECURITY_POLICY.map((directive) => directive.join(" ")).join("; "),
  },
  // Files are only used as the type they are served as.
  { name: "X-Content-Type-Options", value: "nosniff" },
  // The search page's URL holds what was pasted (?q=); other sites that a link leads to see only
  // the origin.
  { name: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { name: "X-Frame-Options", value: "DENY" },
  // No page uses these devices or APIs, so no page, nor anything injected into one, may ask for
  // them. The copy buttons' clipboard-write keeps its default (this site).
  {
    name: "Permissions-Policy",
    value:
      "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), hid=(), midi=(), display-capture=(), browsing-topics=()",
  },
  // A window of another site that opens ours, or that ours opens, gets no handle on it
  // (window.opener is null).
  { name: "Cross-Origin-Opener-Policy", value: "same-origin" },
];
