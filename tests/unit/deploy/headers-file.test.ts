import { describe, expect, it } from "vitest";
import { headersFile } from "../../../src/lib/deploy/headers-file";
import { SITE_HEADERS } from "../../../src/lib/deploy/site-headers";
import { netlifyHeaders } from "./host-files";

describe("_headers", () => {
  it("is read by Netlify's parser as every site header on every path", async () => {
    const { headers, errors } = await netlifyHeaders(headersFile(SITE_HEADERS));
    expect(errors).toEqual([]);
    expect(headers).toEqual([
      { for: "/*", values: Object.fromEntries(SITE_HEADERS.map(({ name, value }) => [name, value])) },
    ]);
  });

  it("refuses a header that does not fit on one line, naming the file and the fix", () => {
    expect(() => headersFile([{ name: "X-Long", value: "a".repeat(2_000) }])).toThrowErrorMatchingInlineSnapshot(`
      [Error: src/lib/deploy/site-headers.ts: the X-Long header does not fit on one _headers line of at most 2000 characters (Cloudflare Pages skips longer lines).
        Fix: shorten its value.]
    `);
    expect(() => headersFile([{ name: "X-Split", value: "a\nb" }])).toThrow(/X-Split/);
  });
});
