import { describe, expect, it } from "vitest";
import { deployTarget } from "../../../src/lib/deploy/deploy-target";

describe("deployTarget", () => {
  it("is netlify when named, or in Netlify's own builds; any host otherwise", () => {
    expect(deployTarget({ DEPLOY_TARGET: "netlify" })).toBe("netlify");
    expect(deployTarget({ NETLIFY: "true" })).toBe("netlify");
    expect(deployTarget({ NETLIFY: "true", DEPLOY_TARGET: "cloudflare-pages" })).toBe("cloudflare-pages");
    expect(deployTarget({})).toBe("any");
  });

  it("refuses a host it does not know, naming the ones it does", () => {
    expect(() => deployTarget({ DEPLOY_TARGET: "netlfy" })).toThrowErrorMatchingInlineSnapshot(`
      [Error: DEPLOY_TARGET="netlfy" is not a host errordex knows.
        Fix: set DEPLOY_TARGET to one of any, netlify, cloudflare-pages, vercel, nginx, github-pages, s3, or leave it unset.]
    `);
  });
});
