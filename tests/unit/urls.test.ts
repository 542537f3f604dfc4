import { describe, expect, it } from "vitest";
import {
  absoluteUrl,
  catalogJsonPath,
  errorJsonPath,
  errorPath,
  statusForSystemPath,
  statusPath,
  systemPath,
} from "../../src/lib/urls";

describe("urls", () => {
  it("builds canonical, trailing-slash paths", () => {
    expect(systemPath("data-manager")).toBe("/data-manager/");
    expect(errorPath("data-manager", "2202")).toBe("/data-manager/2202/");
    expect(errorJsonPath("accounts", "user-not-found")).toBe("/accounts/user-not-found.json");
    expect(statusPath(404)).toBe("/status/404/");
    expect(statusForSystemPath(404, "hazizz")).toBe("/status/404/hazizz/");
    expect(catalogJsonPath()).toBe("/catalog.json");
  });

  it("derives absolute URLs from the configured site, with or without a trailing slash", () => {
    expect(absoluteUrl("/accounts/user-not-found/", "https://errors.example.com")).toBe(
      "https://errors.example.com/accounts/user-not-found/",
    );
    expect(absoluteUrl("/x/", new URL("https://errors.example.com/"))).toBe("https://errors.example.com/x/");
  });
});
