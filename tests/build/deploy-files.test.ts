/**
 * The host files of a real build of a fixture catalog, read by the hosts' own parsers and served
 * by nginx: tests/fixtures/content-base with old per-error paths for both systems. `shop`'s
 * `/old/{code}` collapses into one placeholder rule; `ledger`'s codes (`user:not_found`) are not
 * their slugs, so its template stays one rule per error, and `_redirects`, which would read
 * `:not_found` as a placeholder, leaves that path to its HTML redirect page, saying so.
 */
import { execFile } from "node:child_process";
import { appendFileSync, cpSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { VercelConfig } from "../../src/lib/deploy/vercel-json";
import { nginxMissing, startNginx, type NginxServer } from "../e2e/nginx-server";
import { netlifyRedirects } from "../unit/deploy/host-files";
import { vercelRoutes } from "../unit/deploy/vercel-routes";
import { LOCAL_BUILD_ENV } from "../../src/lib/local-site";

const run = promisify(execFile);
const ROOT = join("tests/fixtures/.build", "deploy-files");
const DIST = join(ROOT, "dist");

let output = "";
beforeAll(async () => {
  rmSync(ROOT, { recursive: true, force: true });
  mkdirSync(ROOT, { recursive: true });
  const content = join(ROOT, "content");
  cpSync("tests/fixtures/content-base", content, { recursive: true });
  appendFileSync(join(content, "systems/shop.yaml"), 'legacy:\n  paths: ["/old/{code}"]\n');
  appendFileSync(join(content, "systems/ledger.yaml"), 'legacy:\n  paths: ["/ledger-docs/{code}"]\n');
  const { stdout, stderr } = await run("npx", ["astro", "build"], {
    env: {
      ...process.env,
      CONTENT_DIR: content,
      OUT_DIR: DIST,
      CACHE_DIR: join(ROOT, "cache"),
      DEPLOY_TARGET: "netlify",
      // A test build: local URLs on purpose, as `npm start` builds (src/lib/local-site.ts).
      [LOCAL_BUILD_ENV]: "1",
      ASTRO_TELEMETRY_DISABLED: "1",
      NO_COLOR: "1",
    },
    maxBuffer: 32 * 1024 * 1024,
  });
  output = (stdout + stderr).replaceAll(`${content}/`, "content/");
  // A real build: as long as a test may take (vitest.config.ts), not a hook's default.
}, 180_000);

describe("the host files of a fixture catalog's build", () => {
  it("_redirects: forced rules for Netlify, one placeholder rule for /old/{code}", async () => {
    const { redirects, errors } = await netlifyRedirects(readFileSync(join(DIST, "_redirects"), "utf8"));
    expect(errors).toEqual([]);
    expect(redirects.map(({ from, to, status, force }) => `${from} ${to} ${status}${force ? "!" : ""}`)).toEqual([
      "/shop/order-on-hold/ /shop/102/ 301!",
      "/old/:code /shop/:code/ 301!",
    ]);
    expect(output).toContain(
      "_redirects: /ledger-docs/user:not_found (content/systems/ledger.yaml) is left to its HTML redirect page: * and :name are wildcards in _redirects.",
    );
    expect(readFileSync(join(DIST, "ledger-docs/user:not_found/index.html"), "utf8")).toContain(
      'url=/ledger/user-not-found/"',
    );
  });

  it("vercel.json: every old path, the one _redirects cannot write included", () => {
    const vercel = vercelRoutes(JSON.parse(readFileSync(join(DIST, "vercel.json"), "utf8")) as VercelConfig);
    expect(vercel.redirect("/old/101")).toEqual({ status: 301, location: "/shop/101/" });
    expect(vercel.redirect("/ledger-docs/user:not_found/")).toEqual({
      status: 301,
      location: "/ledger/user-not-found/",
    });
    expect(vercel.redirect("/shop/order-on-hold")).toEqual({ status: 301, location: "/shop/102/" });
  });

  describe("nginx.conf, served by nginx", () => {
    const missing = nginxMissing();
    let nginx: NginxServer | undefined;
    beforeAll(async () => {
      if (missing && !process.env.CI) return;
      nginx = await startNginx(DIST, join(DIST, "nginx.conf"));
    });
    afterAll(async () => {
      await nginx?.stop();
    });

    it.skipIf(missing !== undefined && !process.env.CI)("answers every old path with a 301 to its page", async () => {
      const cases: Record<string, string> = {
        "/old/101": "/shop/101/",
        "/old/201/": "/shop/201/",
        "/ledger-docs/user:not_found": "/ledger/user-not-found/",
        "/shop/order-on-hold": "/shop/102/",
      };
      for (const [path, target] of Object.entries(cases)) {
        const response = await fetch(`${nginx!.origin}${path}`, { redirect: "manual" });
        expect(response.status, path).toBe(301);
        expect(new URL(response.headers.get("location") ?? "", nginx!.origin).pathname, path).toBe(target);
      }
      expect((await fetch(`${nginx!.origin}/shop/101`)).status).toBe(200);
      expect((await fetch(`${nginx!.origin}/old/101/more`)).status).toBe(404);
    });
  });
});
