import { describe, expect, it } from "vitest";
import { editUrl } from "../../src/lib/edit-link";

describe("the Edit this page URL", () => {
  it("joins the base URL and the entry's path", () => {
    expect(editUrl("https://github.com/acme/errors/edit/main/", "content/errors/billing/card-declined.md")).toBe(
      "https://github.com/acme/errors/edit/main/content/errors/billing/card-declined.md",
    );
  });

  it("encodes each segment, and reads Windows separators and a leading ./", () => {
    expect(editUrl("https://git.example/edit/", ".\\content\\errors\\a b\\#1.md")).toBe(
      "https://git.example/edit/content/errors/a%20b/%231.md",
    );
  });
});
