import { describe, expect, it } from "vitest";
import { MAX_TITLE_LENGTH, pageTitle, writtenLength } from "../../src/lib/page-title";

describe("pageTitle", () => {
  it("appends the site name when it fits", () => {
    expect(pageTitle(["13: Account is locked (Hazizz API)"], "errordex")).toBe(
      "13: Account is locked (Hazizz API) · errordex",
    );
  });

  it("is the site name alone on the home page", () => {
    expect(pageTitle(["errordex"], "errordex")).toBe("errordex");
  });

  it("falls back to a shorter candidate, then drops the site name", () => {
    const long = "1101: No resource entity matching body property filter found";
    expect(pageTitle([`${long} (Account Server)`, long], "errordex")).toBe(long);
  });

  it("cuts the last candidate at a word when none fits", () => {
    const title = pageTitle(
      ["validation-operator-not-valid-for-numeric-field: Operator is not valid for a numeric field in this query"],
      "errordex",
    );
    expect(title.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
    expect(title).toBe("validation-operator-not-valid-for-numeric-field: Operator is not…");
  });

  it("counts characters as the page writes them: an apostrophe is &#39;", () => {
    expect(writtenLength(`isn't "a" <b> & c`)).toBe(17 + 4 + 2 * 5 + 3 * 2 + 4);
    // Directus' INVALID_IP: 68 characters, but 72 as written, which html-validate refused.
    const title = pageTitle(
      ["INVALID_IP: Your IP address isn't allow-listed to be used with this project"],
      "Acme API errors",
    );
    expect(title).toBe("INVALID_IP: Your IP address isn't allow-listed to be used with…");
    expect(writtenLength(title)).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
  });
});
