import { describe, expect, it } from "vitest";
import { readContent } from "../../scripts/check/read-content";
import { catalogChanges } from "../../src/lib/catalog-changes";
import { buildCatalog } from "../../src/lib/catalog-model";
import { changesFeed, daySummary, escapeXml } from "../../src/lib/changes-feed";
import { shopLifecycleErrors, shopSystem } from "./catalog-fixtures";
import { itBundled } from "./bundled-only";
import { contentCatalog } from "./content-catalog";

const site = "https://errors.example.com";
const generated = new Date("2026-11-23T17:00:00Z");

const catalog = buildCatalog([shopSystem()], shopLifecycleErrors());

const url = (code: string) => `https://errors.example.com/shop/${code}/`;

describe("catalogChanges", () => {
  const changes = catalogChanges(catalog, site, generated);

  it("lists added, deprecated and removed codes by day, newest first", () => {
    expect(changes.generated).toBe("2026-11-23T17:00:00.000Z");
    expect(changes.catalog).toBe("https://errors.example.com/catalog.json");
    expect(changes.days.map((day) => day.date)).toEqual(["2026-03-01", "2026-01-06", "2026-01-05"]);
    expect(changes.days[0]).toEqual({
      date: "2026-03-01",
      added: [{ system: "shop", code: "105", title: "Cart <empty> & gone", url: url("105") }],
      deprecated: [
        {
          system: "shop",
          code: "103",
          title: "Order not found",
          url: url("103"),
          replacedBy: { system: "shop", code: "101", url: url("101") },
        },
      ],
      removed: [
        {
          system: "shop",
          code: "104",
          title: "Order not found",
          url: url("104"),
          replacedBy: { system: "shop", code: "101", url: url("101") },
        },
      ],
    });
    expect(changes.days[2]!.added.map((error) => error.code)).toEqual(["101", "103"]);
  });

  it("counts the changes it has no date for instead of dropping them silently", () => {
    expect(changes.undated).toEqual({ added: 1, deprecated: 1 });
  });

  it("reads the dates of the fixture content, unquoted ones too", () => {
    const fixture = readContent("tests/fixtures/content-base");
    const fromFixture = catalogChanges(buildCatalog(fixture.systems, fixture.errors), site, generated);
    expect(
      fromFixture.days.map((day) => ({
        date: day.date,
        added: day.added.map((error) => error.code),
        removed: day.removed.map((error) => error.code),
      })),
    ).toEqual([
      { date: "2026-11-01", added: [], removed: ["102"] },
      { date: "2026-10-15", added: ["user:not_found"], removed: [] },
      { date: "2026-10-01", added: ["101", "102"], removed: [] },
    ]);
    expect(fromFixture.undated).toEqual({ added: 1, deprecated: 0 });
  });

  itBundled("dates every error of the bundled catalog", () => {
    const committed = catalogChanges(contentCatalog(), site, generated);
    expect(committed.undated).toEqual({ added: 0, deprecated: 0 });
    expect(committed.days.flatMap((day) => day.added)).toHaveLength(contentCatalog().errors.length);
  });
});

describe("changesFeed", () => {
  const feed = changesFeed(catalogChanges(catalog, site, generated), site, "errordex");

  it("is an Atom feed with one entry per day, its content escaped", () => {
    expect(feed).toMatchSnapshot();
    expect(feed.match(/<entry>/g)).toHaveLength(3);
    expect(feed).toContain("<updated>2026-03-01T00:00:00Z</updated>");
    expect(feed).toContain("Cart &amp;lt;empty&amp;gt; &amp;amp; gone");
  });

  it("is still a valid feed when nothing is dated", () => {
    const empty = changesFeed(
      { generated: generated.toISOString(), catalog: "", days: [], undated: { added: 1, deprecated: 0 } },
      site,
      "errordex",
    );
    expect(empty).toContain("<updated>2026-11-23T17:00:00.000Z</updated>");
    expect(empty).not.toContain("<entry>");
  });

  it("sums up a day in its title", () => {
    const day = { date: "2026-03-01", added: [], deprecated: [], removed: [] };
    const one = { system: "shop", code: "1", title: "t", url: "u", replacedBy: null };
    expect(daySummary({ ...day, added: [one, one], removed: [one] })).toBe("2 errors added, 1 error removed");
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;");
  });
});
