import { describe, expect, it } from "vitest";
import type { CodeIndexRow } from "../../../src/lib/search/code-key";
import { fragmentId, fragmentPath, withPagefindIds } from "../../../src/lib/search/pagefind-ids";

const row = (path: string, code: string): CodeIndexRow => ({
  k: code.toLowerCase(),
  m: "part",
  system: "billing",
  code,
  path,
  title: "Card declined",
  status: 402,
  facets: { system: "Billing" },
});

describe("fragmentPath", () => {
  it("reads the page path from a decompressed Pagefind fragment", () => {
    const fragment = `pagefind_dcd${JSON.stringify({ url: "/billing/e2250/", content: "E2250 …", meta: {} })}`;
    expect(fragmentPath(fragment, "en_01d1e37.pf_fragment")).toBe("/billing/e2250/");
  });

  it("drops a query or hash, keeping the path as the code index writes it", () => {
    expect(fragmentPath(`pagefind_dcd{"url":"/billing/e2250/?x=1#top"}`, "f")).toBe("/billing/e2250/");
  });

  it("says what is wrong with a file that is not a fragment, naming it", () => {
    expect(() =>
      fragmentPath(`{"url":"/a/"}`, "pagefind/fragment/en_1.pf_fragment"),
    ).toThrowErrorMatchingInlineSnapshot(
      `[Error: pagefind/fragment/en_1.pf_fragment is not a Pagefind fragment: it does not start with "pagefind_dcd". The installed Pagefind writes another format; check the version in package.json (1.x expected).]`,
    );
    expect(() => fragmentPath(`pagefind_dcd{"url":`, "en_2.pf_fragment")).toThrow(
      /^en_2.pf_fragment: the Pagefind fragment is not JSON/,
    );
    expect(() => fragmentPath(`pagefind_dcd{"content":"…"}`, "en_3.pf_fragment")).toThrowErrorMatchingInlineSnapshot(
      `[Error: en_3.pf_fragment: the Pagefind fragment has no "url" path (got undefined).]`,
    );
  });
});

describe("fragmentId", () => {
  it("is the file name without its extension, as Pagefind's results name pages", () => {
    expect(fragmentId("en_01d1e37.pf_fragment")).toBe("en_01d1e37");
  });
});

describe("withPagefindIds", () => {
  const ids = new Map([
    ["/billing/e2250/", "en_aaaaaaa"],
    ["/billing/e8250/", "en_bbbbbbb"],
  ]);

  it("gives every row its page's id and changes nothing else", () => {
    const rows = [row("/billing/e2250/", "E2250"), row("/billing/e8250/", "E8250")];
    expect(withPagefindIds(rows, ids, "search/codes/25.json")).toEqual([
      { ...rows[0], id: "en_aaaaaaa" },
      { ...rows[1], id: "en_bbbbbbb" },
    ]);
  });

  it("refuses a row whose page Pagefind did not index, naming the shard, the page and the fix", () => {
    expect(() =>
      withPagefindIds([row("/billing/e9999/", "E9999")], ids, "search/codes/e9.json"),
    ).toThrowErrorMatchingInlineSnapshot(
      `[Error: search/codes/e9.json: Pagefind indexed no page at /billing/e9999/ (code E9999 of billing). Every error page must mark its content with data-pagefind-body (src/layouts/ErrorPage.astro); rebuild the site with \`npm run build\` so the pages and the index match.]`,
    );
  });
});
