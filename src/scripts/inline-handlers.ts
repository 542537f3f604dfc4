/**
 * The two things every page can do with JavaScript, written as inline event handlers (HTML
 * attributes) rather than module scripts, so that an error page loads no script at all and
 * runs none until the reader presses a key or a copy button.
 *
 * The Content-Security-Policy (src/lib/deploy/site-headers.ts) allows exactly these handlers, by
 * the SHA-256 of their text ('unsafe-hashes'), hashed from this list when the site is built;
 * tests/unit/headers-file.test.ts checks the policy against them. Keep them short: each one is
 * repeated in every page.
 */

/** On a button with `data-copy-target`: copies that element's text and says whether it worked. */
export const COPY_ON_CLICK = [
  "navigator.clipboard.writeText(document.getElementById(this.dataset.copyTarget).textContent.trim())",
  ".then(() => this.textContent = 'Copied', () => this.textContent = 'Copy failed')",
  ".finally(() => setTimeout(() => this.textContent = 'Copy', 2000))",
].join("");

/**
 * On <body>: `/` (unless the reader is typing in a field) or Ctrl/Cmd+K focuses search: the
 * search page's own field, else the one in the header. (No `&&`: HTML would escape each `&`.)
 */
export const SEARCH_SHORTCUT_ON_KEYDOWN = [
  "const key = event.key || '', target = event.target, modifier = event.ctrlKey || event.metaKey;",
  "const typing = target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);",
  "if (key === '/' ? typing || modifier || event.altKey : !modifier || key.toLowerCase() !== 'k') return;",
  "const field = document.querySelector('[data-search-field]') || document.getElementById('site-search');",
  "if (field) { event.preventDefault(); field.focus(); field.select(); }",
].join(" ");

/** Every inline handler the site uses: the policy lists the hash of each, and no other. */
export const INLINE_HANDLERS: readonly string[] = [COPY_ON_CLICK, SEARCH_SHORTCUT_ON_KEYDOWN];
