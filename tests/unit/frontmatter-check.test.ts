import { describe, expect, it } from "vitest";
import { formatProblem } from "../../src/lib/catalog-problem";
import { frontmatterProblem } from "../../src/lib/frontmatter-check";

describe("frontmatterProblem", () => {
  it("accepts valid frontmatter and files without any", () => {
    expect(frontmatterProblem('---\ncode: "1"\ntitle: A\n---\nBody', "a.md")).toBeUndefined();
    expect(frontmatterProblem("Just a body", "a.md")).toBeUndefined();
  });

  it("names the line and field of an unclosed flow sequence where it was opened", () => {
    const problem = frontmatterProblem(
      '---\ncode: "102"\ntitle: [Order locked\nstatus: 423\n---\n',
      "content/errors/shop/102.md",
    );
    expect(problem && formatProblem(problem)).toMatchInlineSnapshot(`
      "content/errors/shop/102.md
        title: the YAML frontmatter does not parse (line 3): Flow sequence in block collection must be sufficiently indented and end with a ]
        Fix: quote a value that starts with [ { * & ! | > ' " % @ or contains ": " (e.g. title: "[beta] Order locked"), and indent nested fields consistently."
    `);
  });

  it("names the field of a value with an unquoted colon", () => {
    const problem = frontmatterProblem("---\ncode: a\ntitle: Note: broken: here\n---\n", "x.md");
    expect(problem?.field).toBe("title");
  });
});
