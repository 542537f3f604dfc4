/**
 * The origin of a build meant for this machine only (`npm start`, `astro dev`): where
 * `astro preview` serves it. A production build never uses it (src/integrations/errordex.ts).
 */
export const LOCAL_SITE_URL = "http://localhost:4321";
