import mdx from "@astrojs/mdx";
import type { AstroIntegration } from "astro";
import { AstroError } from "astro/errors";
import { errorJsonFiles } from "./error-json-files";
import { canonicalSitemap } from "./sitemap";
import { resolveSiteBase } from "../lib/site-base";
import { deployTarget } from "../lib/deploy/deploy-target";
import { configProblems } from "../lib/site-config-problems";
import { LOCAL_BUILD_ENV, LOCAL_SITE_URL } from "../lib/local-site";
import { siteConfigSchema, type SiteConfig, type SiteConfigInput } from "../schemas/site-config";

/** The module pages read the validated options from (src/data/site-config.ts). */
const CONFIG_MODULE = "virtual:errordex/config";

/**
 * errordex as an Astro integration: `integrations: [errordex({ title: "Acme API errors" })]` in
 * astro.config.mjs. It validates the options (src/schemas/site-config.ts documents each one),
 * hands them to the pages, and refuses a production build without the site's public URL, so
 * no page ever links to localhost.
 */
export function errordex(options: SiteConfigInput): AstroIntegration {
  const parsed = siteConfigSchema.safeParse(options);
  if (!parsed.success) {
    const problems = configProblems(parsed.error.issues);
    throw new AstroError(
      `errordex() in astro.config.mjs has ${problems.length === 1 ? "an invalid option" : `${problems.length} invalid options`}:\n${problems.map((problem) => `  - ${problem}`).join("\n")}`,
      "Correct the options as each line says; src/schemas/site-config.ts documents every option.",
    );
  }
  const config: SiteConfig = parsed.data;
  return {
    name: "errordex",
    hooks: {
      "astro:config:setup": ({ config: astroConfig, command, updateConfig, logger }) => {
        const local = process.env[LOCAL_BUILD_ENV] === "1";
        // A misspelt DEPLOY_TARGET stops the build before any page renders, not at _redirects.
        try {
          deployTarget(process.env);
        } catch (error) {
          const [message, fix] = (error as Error).message.split("\n  Fix: ");
          throw new AstroError(message!, fix);
        }
        if (!astroConfig.site) {
          if (command === "build" && !local) {
            throw new AstroError(
              "errordex needs the site's public URL to build: canonical links, the `type` URLs in example responses, catalog.json and the sitemap are absolute, and would otherwise point at localhost.",
              "Set it for the build, e.g. `SITE_URL=https://errors.example.com npm run build`, or set `site` in astro.config.mjs. To look at the site on this machine, `npm start` builds with local URLs.",
            );
          }
          if (command === "build") {
            logger.warn(
              `This build's URLs are local (${LOCAL_SITE_URL}): it is for \`npm start\` on this machine only. Set SITE_URL to build the site for deploying.`,
            );
          }
        }
        // A SITE_URL with a path serves the site under that path (Astro's `base`), and an
        // explicit `base` joins the site's URL: pages read each from one place.
        const served = resolveSiteBase(astroConfig.site ?? LOCAL_SITE_URL, astroConfig.base);
        if ("message" in served) throw new AstroError(served.message, served.hint);
        updateConfig({ site: served.site, base: served.base });
        // What every errordex site needs, so astro.config.mjs names errordex alone (MDX entries,
        // the per-error JSON files, the sitemap); an MDX integration set up by hand is kept.
        const hasMdx = astroConfig.integrations.some((integration) => integration.name === "@astrojs/mdx");
        updateConfig({
          integrations: [...(hasMdx ? [] : [mdx()]), errorJsonFiles(), canonicalSitemap()],
          vite: { plugins: [configModule(config)] },
        });
      },
    },
  };
}

/** Serves the validated options as `virtual:errordex/config`. */
function configModule(config: SiteConfig) {
  const resolved = `\0${CONFIG_MODULE}`;
  return {
    name: "errordex:config",
    resolveId: (id: string) => (id === CONFIG_MODULE ? resolved : undefined),
    load: (id: string) => (id === resolved ? `export default ${JSON.stringify(config)};` : undefined),
  };
}
