declare module "virtual:errordex/config" {
  /** errordex()'s options, validated by src/integrations/errordex.ts. */
  const config: import("./schemas/site-config").SiteConfig;
  export default config;
}
