import { redirectRules, rulesUnderBase, type RedirectRules } from "../lib/deploy/redirect-rules";
import { BASE_PATH } from "./base-path";
import { loadSite } from "./load-catalog";

/** The redirect rules every host file is written from, as the host sees the paths: under the site's base path. */
export async function hostRedirectRules(): Promise<RedirectRules> {
  const { catalog, redirects, anchorPages } = await loadSite();
  return rulesUnderBase(redirectRules(catalog, redirects, anchorPages), BASE_PATH);
}
