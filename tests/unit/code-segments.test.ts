import { describe, expect, it } from "vitest";
import { codeSegments } from "../../src/lib/code-segments";

describe("codeSegments", () => {
  it("breaks after separators only", () => {
    expect(codeSegments("user:email_already_exists")).toEqual(["user:", "email_", "already_", "exists"]);
    expect(codeSegments("auth-403-email-not-verified")).toEqual(["auth-", "403-", "email-", "not-", "verified"]);
    expect(codeSegments("EmailAlreadyExists")).toEqual(["EmailAlreadyExists"]);
    expect(codeSegments("2202")).toEqual(["2202"]);
    expect(codeSegments("a_")).toEqual(["a_"]);
  });
});
