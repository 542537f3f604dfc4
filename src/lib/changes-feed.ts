import type { CatalogChanges, ChangeDay, ChangedError, RetiringError } from "./catalog-changes";
import { absoluteUrl, changesFeedPath, changesJsonPath, homePath } from "./urls";

/**
 * `/changes.xml`: the catalog's changelog as an Atom feed (RFC 4287), one entry per day, so a
 * feed reader learns of added, deprecated and removed codes. Its content is the same as
 * `/changes.json`'s.
 */
export function changesFeed(changes: CatalogChanges, site: URL | string, siteName: string): string {
  const feedUrl = absoluteUrl(changesFeedPath(), site);
  // A feed's `updated` is its newest entry's; with no entry yet, when it was generated.
  const updated = changes.days[0] ? dayTime(changes.days[0].date) : changes.generated;
  const entries = changes.days.map((day) =>
    [
      "  <entry>",
      `    <id>${escapeXml(`${feedUrl}#${day.date}`)}</id>`,
      `    <title>${escapeXml(`${day.date}: ${daySummary(day)}`)}</title>`,
      `    <updated>${dayTime(day.date)}</updated>`,
      `    <content type="html">${escapeXml(dayHtml(day))}</content>`,
      "  </entry>",
    ].join("\n"),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${escapeXml(feedUrl)}</id>`,
    `  <title>${escapeXml(`${siteName}: changes to the error catalog`)}</title>`,
    `  <updated>${updated}</updated>`,
    `  <author><name>${escapeXml(siteName)}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feedUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(absoluteUrl(homePath(), site))}"/>`,
    `  <link rel="alternate" type="application/json" href="${escapeXml(absoluteUrl(changesJsonPath(), site))}"/>`,
    ...entries,
    "</feed>",
    "",
  ].join("\n");
}

/** "3 added, 1 deprecated": what the day changed, for the entry's title. */
export function daySummary(day: ChangeDay): string {
  const parts = [
    count(day.added.length, "added"),
    count(day.deprecated.length, "deprecated"),
    count(day.removed.length, "removed"),
  ].filter((part) => part !== undefined);
  return parts.join(", ");
}

function count(n: number, what: string): string | undefined {
  if (n === 0) return undefined;
  return `${n} ${n === 1 ? "error" : "errors"} ${what}`;
}

function dayHtml(day: ChangeDay): string {
  const sections: Array<[string, ChangedError[] | RetiringError[]]> = [
    ["Added", day.added],
    ["Deprecated", day.deprecated],
    ["Removed", day.removed],
  ];
  return sections
    .filter(([, errors]) => errors.length > 0)
    .map(([heading, errors]) => `<h2>${heading}</h2><ul>${errors.map(itemHtml).join("")}</ul>`)
    .join("");
}

function itemHtml(error: ChangedError | RetiringError): string {
  const replaced =
    "replacedBy" in error && error.replacedBy
      ? ` (use <a href="${escapeXml(error.replacedBy.url)}">${escapeXml(`${error.replacedBy.system} ${error.replacedBy.code}`)}</a>)`
      : "";
  return `<li><a href="${escapeXml(error.url)}">${escapeXml(`${error.system} ${error.code}`)}</a>: ${escapeXml(error.title)}${replaced}</li>`;
}

function dayTime(date: string): string {
  return `${date}T00:00:00Z`;
}

/** Text or an attribute value as XML (and HTML) character data. */
export function escapeXml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => XML_ENTITIES[char]!);
}

const XML_ENTITIES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};
