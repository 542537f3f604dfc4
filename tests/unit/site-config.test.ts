import { describe, expect, it } from "vitest";
import { errordex } from "../../src/integrations/errordex";
import { nearestName, unknownKeysMessage } from "../../src/lib/nearest-name";
import { configProblems } from "../../src/lib/site-config-problems";
import { siteConfigSchema } from "../../src/schemas/site-config";

function problems(options: unknown): string[] {
  const parsed = siteConfigSchema.safeParse(options);
  return parsed.success ? [] : configProblems(parsed.error.issues);
}

describe("errordex() options", () => {
  it("need only a title, and fill in the rest", () => {
    expect(siteConfigSchema.parse({ title: "Acme API errors" })).toEqual({
      title: "Acme API errors",
      credits: false,
      search: { synonyms: [], defaultSynonyms: true },
    });
  });

  it("say which option is wrong and how to write it", () => {
    expect(problems({})).toMatchSnapshot();
    expect(problems({ tittle: "Acme" })).toMatchSnapshot();
    expect(
      problems({
        title: "Acme\nerrors",
        logo: { src: "logo.svg" },
        editLink: { baseUrl: "https://github.com/acme/errors/edit/main" },
        search: { synonyms: [["sign up"]], defaultSynoyms: false },
      }),
    ).toMatchSnapshot();
    expect(problems("Acme")).toMatchSnapshot();
  });

  it("stop the build with every problem at once, as an Astro error with a hint", () => {
    expect(() => errordex({ title: "", footr: "x" } as never)).toThrowErrorMatchingSnapshot();
  });
});

describe("the nearest known name", () => {
  it("is found within a third of the letters, case aside", () => {
    expect(nearestName("mesage", ["code", "message", "title"])).toBe("message");
    expect(nearestName("Title", ["code", "message", "title"])).toBe("title");
    expect(nearestName("colour", ["code", "message", "title"])).toBeUndefined();
  });

  it("lists the known keys when no key is close", () => {
    expect(unknownKeysMessage(["colour"], ["code", "title"])).toBe(
      "has an unknown key `colour`; the keys it takes are `code`, `title`",
    );
    expect(unknownKeysMessage(["mesage", "titel"], ["message", "title"])).toBe(
      "has unknown keys `mesage` (did you mean `message`?), `titel` (did you mean `title`?)",
    );
  });
});
