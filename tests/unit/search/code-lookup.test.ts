import { describe, expect, it } from "vitest";
import { codeShard, type CodeIndexRow } from "../../../src/lib/search/code-key";
import { matchCodeRows, shardsOf } from "../../../src/lib/search/code-lookup";
import { planSearch } from "../../../src/lib/search/search-plan";

const ORIGIN = "https://errors.example.com";

function row(k: string, m: CodeIndexRow["m"] = "code"): CodeIndexRow {
  return { k, m, system: "shop", code: k, path: `/shop/${k}/`, title: k, status: 400, facets: {} };
}

function shardsWith(...rows: CodeIndexRow[]): Map<string, CodeIndexRow[]> {
  const shards = new Map<string, CodeIndexRow[]>();
  for (const one of rows) shards.set(codeShard(one.k), [...(shards.get(codeShard(one.k)) ?? []), one]);
  return shards;
}

const lookUp = (query: string, shards: Map<string, CodeIndexRow[]>) =>
  matchCodeRows(planSearch(query, ORIGIN), shards).map((found) => `${found.m} ${found.path}`);

describe("code lookup in the fetched shards", () => {
  const shards = shardsWith(
    row("emailalreadyexists"),
    row("missingrequiredqueryparameter"),
    row("outofrange"),
    row("notfound", "part"),
  );

  it("finds a code by its key, whatever its spelling", () => {
    expect(lookUp("EmailAlreadyExists", shards)).toEqual(["code /shop/emailalreadyexists/"]);
    expect(lookUp("email_already_exists", shards)).toEqual(["code /shop/emailalreadyexists/"]);
  });

  it("finds a code one or two slips away, or by its beginning, when none matches exactly", () => {
    expect(lookUp("EmailAlreadyExsits", shards)).toEqual(["near /shop/emailalreadyexists/"]);
    expect(lookUp("MissingRequiredQuery", shards)).toEqual(["prefix /shop/missingrequiredqueryparameter/"]);
  });

  it("does not guess for short keys or from a part of a code", () => {
    expect(lookUp("outofrangr", shards)).toEqual(["near /shop/outofrange/"]);
    expect(lookUp("outof", shards)).toEqual([]);
    expect(lookUp("notfounds", shards)).toEqual([]);
  });

  it("names the shards a plan needs, once each", () => {
    const plan = planSearch("EmailAlreadyExists", ORIGIN);
    expect(shardsOf(plan)).toEqual([codeShard("emailalreadyexists")]);
  });
});
