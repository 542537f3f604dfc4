import { describe, expect, it } from "vitest";
import { codeToSlug, isSlug } from "../../src/lib/slug";

describe("codeToSlug", () => {
  it.each([
    ["2202", "2202"],
    ["31", "31"],
    ["user:not_found", "user-not-found"],
    ["EmailAlreadyExists", "email-already-exists"],
    ["SSOTokenFailedToParse", "sso-token-failed-to-parse"],
    ["InvalidSSOTokenPayload", "invalid-sso-token-payload"],
    ["failedToCreateSession", "failed-to-create-session"],
    ["FILE_TOO_LARGE", "file-too-large"],
    ["FORBIDDEN", "forbidden"],
    ["meilisearch:query_failed", "meilisearch-query-failed"],
    ["worker:password_reset_email_send_failed", "worker-password-reset-email-send-failed"],
    ["auth-401-user-not-found", "auth-401-user-not-found"],
    ["E0308", "e0308"],
    ["OAuth2Error", "o-auth2-error"],
    ["  spaced  code ", "spaced-code"],
    ["Ünïcödé", "unicode"],
  ])("%s -> %s", (code, slug) => {
    expect(codeToSlug(code)).toBe(slug);
  });

  it("always yields a valid, file-system-safe slug for codes with letters or digits", () => {
    for (const code of ["a:b", "A__B", "x.y/z", "ABC", "aBC", "9:9", "a--b"]) {
      const slug = codeToSlug(code);
      expect(isSlug(slug), `${code} -> ${slug}`).toBe(true);
      expect(slug).not.toMatch(/[:\\/?#%*|"<>]/);
    }
  });

  it("yields an empty slug when the code has no letters or digits", () => {
    expect(codeToSlug(":::")).toBe("");
  });
});
