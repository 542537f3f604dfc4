/**
 * The origin of a build meant for this machine only (`npm start`, `astro dev`): where
 * `astro preview` serves it. A production build never uses it (src/integrations/errordex.ts).
 */
export const LOCAL_SITE_URL = "http://localhost:4321";

/** Set by `npm start` (scripts/build.ts --local): a build whose URLs are local on purpose. */
export const LOCAL_BUILD_ENV = "ERRORDEX_LOCAL_BUILD";
