import { describe, expect, it } from "vitest";
import { codeKey, codeKeys, codeShard, codeSpellings } from "../../../src/lib/search/code-key";

describe("codeKey", () => {
  it.each([
    ["User:Not_Found", "usernotfound"],
    ["USER_NOT_FOUND", "usernotfound"],
    ["UserNotFound", "usernotfound"],
    ["user not found", "usernotfound"],
    ["  user-not.found  ", "usernotfound"],
    ["2202", "2202"],
    ["auth-401-user-not-found", "auth401usernotfound"],
  ])("folds %j to %j", (text, key) => {
    expect(codeKey(text)).toBe(key);
  });

  it("drops accents after decomposing letters", () => {
    expect(codeKey("Ünïcödé Ërror")).toBe("unicodeerror");
    expect(codeKey("café_not_found")).toBe("cafenotfound");
  });

  it("folds compatibility forms: ligatures and full-width digits", () => {
    expect(codeKey("ﬁle_too_large")).toBe("filetoolarge");
    expect(codeKey("２２０２")).toBe("2202");
  });

  it("is empty for text without letters or digits", () => {
    expect(codeKey("")).toBe("");
    expect(codeKey(" :_-. ")).toBe("");
  });
});

describe("codeKeys", () => {
  it("keys a domain:reason code by the whole code and by its reason", () => {
    expect(codeKeys({ code: "user:not_found" })).toEqual([
      { key: "usernotfound", match: "code" },
      { key: "notfound", match: "part" },
    ]);
  });

  it("does not split a code with more than one colon", () => {
    expect(codeKeys({ code: "a:b:c" })).toEqual([{ key: "abc", match: "code" }]);
  });

  it("adds the code the API sends as a sent-code key", () => {
    expect(codeKeys({ code: "validation-operator-not-valid-for-numeric-field", apiCode: "VALIDATION_ERROR" })).toEqual([
      { key: "validationoperatornotvalidfornumericfield", match: "code" },
      { key: "validationerror", match: "sent-code" },
    ]);
  });

  it("keys a prefixed numeric code by the code without its system prefix", () => {
    expect(codeKeys({ code: "2202", prefix: "2" })).toEqual([
      { key: "2202", match: "code" },
      { key: "202", match: "part" },
    ]);
  });

  it("adds no part key when the code does not start with the prefix", () => {
    expect(codeKeys({ code: "3000", prefix: "2" })).toEqual([{ key: "3000", match: "code" }]);
  });

  it("drops an empty part key: a code that is only its prefix", () => {
    expect(codeKeys({ code: "2", prefix: "2" })).toEqual([{ key: "2", match: "code" }]);
  });

  it("keeps the first, strongest match of a key that appears twice", () => {
    expect(codeKeys({ code: "NOT_FOUND", apiCode: "not-found" })).toEqual([{ key: "notfound", match: "code" }]);
    expect(codeKeys({ code: "session:not_found", apiCode: "NOT_FOUND" })).toEqual([
      { key: "sessionnotfound", match: "code" },
      { key: "notfound", match: "sent-code" },
    ]);
  });
});

describe("codeShard", () => {
  it("is the first two characters of the key", () => {
    expect(codeShard("usernotfound")).toBe("us");
    expect(codeShard("2202")).toBe("22");
  });

  it("is the whole key when it is shorter than two characters", () => {
    expect(codeShard("7")).toBe("7");
    expect(codeShard("")).toBe("");
  });
});

describe("codeSpellings", () => {
  it("gives a domain:reason code as words and as its key", () => {
    expect(codeSpellings("user:not_found")).toEqual(["user:not_found", "user not found", "usernotfound"]);
  });

  it("splits PascalCase, keeping an acronym together", () => {
    expect(codeSpellings("SSOTokenFailedToParse")).toEqual([
      "SSOTokenFailedToParse",
      "sso token failed to parse",
      "ssotokenfailedtoparse",
    ]);
    expect(codeSpellings("EmailAlreadyExists")).toEqual([
      "EmailAlreadyExists",
      "email already exists",
      "emailalreadyexists",
    ]);
  });

  it("splits UPPER_SNAKE", () => {
    expect(codeSpellings("FILE_TOO_LARGE")).toEqual(["FILE_TOO_LARGE", "file too large", "filetoolarge"]);
  });

  it("gives a numeric code once", () => {
    expect(codeSpellings("2202")).toEqual(["2202"]);
  });
});
