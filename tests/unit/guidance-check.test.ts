import { describe, expect, it } from "vitest";
import { formatProblem } from "../../src/lib/catalog-problem";
import { meaningOf, outlineBody } from "../../src/lib/guidance";
import { guidanceProblems, type GuidanceEntry } from "../../src/lib/guidance-check";

const GOOD = `The account is locked, so the API refuses the request even with the right password.

## What to do

- Don't retry with the same or refreshed credentials.
- Ask the operators to unlock the account.

## Causes

- Too many failed logins.`;

function entry(code: string, body: string, extra: Partial<GuidanceEntry> = {}): GuidanceEntry {
  return { file: `content/errors/shop/${code}.md`, key: `shop/${code}`, body, format: "md", related: [], ...extra };
}

function messages(entries: GuidanceEntry[]): string[] {
  return guidanceProblems(entries).map(formatProblem);
}

describe("outlineBody", () => {
  it("reads the meaning, What to do and the sections in order", () => {
    expect(outlineBody(GOOD, "md")).toEqual({
      meaning: "The account is locked, so the API refuses the request even with the right password.",
      whatToDo: "Don't retry with the same or refreshed credentials.\nAsk the operators to unlock the account.",
      sections: ["What to do", "Causes"],
      hasTopHeading: false,
    });
  });

  it("reads an MDX body without its import lines and components", () => {
    const mdx = `import Aside from "~/components/content/Aside.astro";\n\n${GOOD}\n\n<Aside type="note">An aside.</Aside>`;
    const outline = outlineBody(mdx, "mdx");
    expect(outline.meaning).toBe("The account is locked, so the API refuses the request even with the right password.");
    expect(outline.sections).toEqual(["What to do", "Causes"]);
  });

  it("ends What to do at the next section, not at a subheading inside it", () => {
    const body =
      "Meaning here.\n\n## What to do\n\nStep one.\n\n### If it persists\n\nReport it.\n\n## Causes\n\n- A cause.";
    expect(outlineBody(body, "md").whatToDo).toBe("Step one.\nIf it persists\nReport it.");
  });
});

describe("guidanceProblems", () => {
  it("accepts entries with guidance of their own", () => {
    expect(
      guidanceProblems([entry("1", GOOD), entry("2", GOOD.replace("unlock the account", "reset the lock"))]),
    ).toEqual([]);
  });

  it("names an entry that only restates the catalog row", () => {
    expect(
      messages([entry("13", 'The API returns code 13, "Account is locked", with HTTP status 401 (Unauthorized).')]),
    ).toMatchSnapshot();
  });

  it("names guidance that comes after another section, an empty one, a missing meaning and a second h1", () => {
    expect(
      messages([
        entry("1", "Meaning.\n\n## Causes\n\n- A cause.\n\n## What to do\n\nAsk the operators to unlock it."),
        entry("2", "Meaning.\n\n## What to do\n\nFix it."),
        entry("3", "## What to do\n\nAsk the operators to unlock the account."),
        entry("4", "# Locked\n\nMeaning.\n\n## What to do\n\nAsk the operators to unlock the account."),
      ]),
    ).toMatchSnapshot();
  });

  it("names a meaning too long for What to do to start on the first screen", () => {
    const long = Array.from({ length: 61 }, (_, index) => `word${index}`).join(" ");
    expect(messages([entry("1", `${long}\n\n## What to do\n\nAsk the operators to unlock it.`)])).toMatchSnapshot();
  });

  it("names guidance copied word for word, whatever its case and punctuation", () => {
    expect(
      messages([
        entry("1", "Meaning one.\n\n## What to do\n\nCheck the request, then send it again."),
        entry("2", "Meaning two.\n\n## What to do\n\ncheck the request -- then send it again"),
      ]),
    ).toMatchSnapshot();
  });

  it("lets errors that name each other as related share their guidance", () => {
    const shared = "Meaning.\n\n## What to do\n\nSend the missing property in the query string.";
    expect(
      guidanceProblems([
        entry("1202", shared, { related: ["shop/2202"] }),
        entry("2202", shared),
        entry("3202", shared, { related: ["shop/1202", "shop/2202"] }),
      ]),
    ).toEqual([]);
    // A hub both name is not enough: 4202 and 5202 do not name each other.
    expect(
      guidanceProblems([
        entry("10", "Meaning.\n\n## What to do\n\nCreate a ticket with the request details."),
        entry("4202", shared, { related: ["shop/10"] }),
        entry("5202", shared, { related: ["shop/10"] }),
      ]).map((problem) => problem.file),
    ).toEqual(["content/errors/shop/4202.md", "content/errors/shop/5202.md"]);
  });
});

describe("meaningOf", () => {
  it("is the plain text before the first heading", () => {
    expect(meaningOf(GOOD)).toBe("The account is locked, so the API refuses the request even with the right password.");
  });

  it("drops MDX imports, components, link targets and Markdown marks", () => {
    const mdx =
      'import Aside from "~/components/content/Aside.astro";\n\nThe `detail` names a [property](/x/) that is *missing*.\n<Aside>note</Aside>\n\n## What to do\n\nSend it.';
    expect(meaningOf(mdx)).toBe("The detail names a property that is missing. note");
  });
});
