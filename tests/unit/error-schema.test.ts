import { describe, expect, it } from "vitest";
import { formatProblem } from "../../src/lib/catalog-problem";
import { schemaProblems } from "../../src/lib/schema-problems";
import { errorSchema } from "../../src/schemas/error";
import { systemSchema } from "../../src/schemas/system";

/** "path: message" for each issue, as Astro prints them beside the file name. */
function issues(frontmatter: Record<string, unknown>): string[] {
  const result = errorSchema.safeParse(frontmatter);
  if (result.success) return [];
  return result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
}

const valid = { code: "31", title: "User not found", status: 404, category: "user" };

describe("errorSchema", () => {
  it("accepts a minimal entry and fills in defaults", () => {
    const data = errorSchema.parse(valid);
    expect(data.lifecycle).toEqual({ state: "active" });
    expect(data.related).toEqual([]);
    expect(data.fields).toEqual({});
  });

  it("tells the author to quote a numeric code", () => {
    expect(issues({ ...valid, code: 31 })).toMatchInlineSnapshot(`
      [
        "code: is the number 31; quote it so the code stays exactly as written: code: "31"",
      ]
    `);
  });

  it("refuses a key it does not know, naming the key meant, instead of dropping it", () => {
    const result = errorSchema.safeParse({
      ...valid,
      mesage: "User not found.",
      lifecycle: { state: "active", sinse: "x" },
    });
    expect(result.success).toBe(false);
    const problems = schemaProblems("content/errors/shop/31.md", result.error!.issues, "src/schemas/error.ts");
    expect(problems.map(formatProblem)).toMatchSnapshot();
  });

  it("refuses unknown keys in a system file too, listing the keys when none is close", () => {
    const result = systemSchema.safeParse({ name: "Shop API", colour: "blue" });
    const problems = schemaProblems("content/systems/shop.yaml", result.error!.issues, "src/schemas/system.ts");
    expect(problems.map(formatProblem).filter((text) => text.includes("colour"))).toMatchSnapshot();
  });

  it("refuses old paths a host's redirect file could not write (spaces, quotes, braces)", () => {
    const legacy = (paths: string[]) =>
      systemSchema.shape.legacy.safeParse({ paths }).error?.issues.map((issue) => issue.message) ?? [];
    expect(legacy(["/doc/errors/{code}", "/old/{part}.html"])).toEqual([]);
    expect(legacy(['/doc/"x"/{code}'])).toHaveLength(1);
    expect(legacy(["/doc/{code} old"])).toHaveLength(1);
    expect(legacy(["/doc/{id}"])[0]).toContain("must contain {code} or {part}");
    expect(errorSchema.safeParse({ ...valid, redirectFrom: ["/old slug/"] }).success).toBe(false);
  });

  it("names required fields that are missing", () => {
    expect(issues({ status: 404 })).toMatchSnapshot();
  });

  it("rejects statuses that are not HTTP errors", () => {
    expect([
      ...issues({ ...valid, status: 200 }),
      ...issues({ ...valid, status: 600 }),
      ...issues({ ...valid, status: "404" }),
    ]).toMatchInlineSnapshot(`
        [
          "status: 200 is not an HTTP error status; use a registered 4xx or 5xx status such as 400, 404 or 500 (leave it out for errors that are not sent over HTTP)",
          "status: 600 is not an HTTP error status; use a registered 4xx or 5xx status such as 400, 404 or 500 (leave it out for errors that are not sent over HTTP)",
          "status: must be an HTTP status number such as 404 (leave it out for non-HTTP errors)",
        ]
      `);
  });

  it("rejects an unknown lifecycle state and a malformed category id", () => {
    expect(issues({ ...valid, lifecycle: { state: "gone" }, category: "User Errors" })).toMatchSnapshot();
  });

  it("takes dates quoted or as YAML reads them unquoted (a Date), and names the format otherwise", () => {
    const data = errorSchema.parse({
      ...valid,
      added: new Date("2026-11-23T00:00:00Z"),
      lifecycle: { state: "deprecated", since: "2026-12-01" },
    });
    expect(data.added).toBe("2026-11-23");
    expect(data.lifecycle.since).toBe("2026-12-01");
    expect([...issues({ ...valid, added: "23.11.2026" }), ...issues({ ...valid, added: "2026-02-30" })])
      .toMatchInlineSnapshot(`
      [
        "added: must be a date written YYYY-MM-DD: the day the error joined the catalog",
        "added: must be a date written YYYY-MM-DD: the day the error joined the catalog",
      ]
    `);
  });
});
