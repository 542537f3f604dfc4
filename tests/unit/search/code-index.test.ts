import { describe, expect, it } from "vitest";
import { buildCodeIndex } from "../../../src/lib/search/code-index";
import { codeShard } from "../../../src/lib/search/code-key";
import { searchFacets } from "../../../src/lib/search/search-facets";
import { searchCatalog } from "./search-catalog";

const catalog = searchCatalog();
const index = buildCodeIndex(catalog);
const rows = [...index.values()].flat();

describe("buildCodeIndex", () => {
  it("groups the keys into shards by their first two characters", () => {
    const keys = Object.fromEntries([...index].map(([shard, shardRows]) => [shard, shardRows.map((row) => row.k)]));
    expect(keys).toEqual({
      us: ["userbanned", "usernotfound"],
      ba: ["banned"],
      no: ["notfound", "notfound"],
      va: ["validationfieldisnotnullable", "validationerror"],
      "11": ["1101", "1102"],
      "10": ["101", "102"],
      "12": ["1201"],
      "20": ["201"],
    });
    for (const [shard, shardRows] of index) {
      for (const row of shardRows) expect(codeShard(row.k)).toBe(shard);
    }
  });

  it("lists a shared key once per error, with how each matches", () => {
    expect(index.get("no")).toEqual([
      {
        k: "notfound",
        m: "part",
        system: "accounts",
        code: "user:not_found",
        path: "/accounts/user-not-found/",
        title: "User not found",
        status: 404,
        facets: { system: "Accounts", status: "404 Not Found", category: "User" },
      },
      {
        k: "notfound",
        m: "code",
        system: "player-mqtt",
        code: "NOT_FOUND",
        path: "/player-mqtt/not-found/",
        title: "Requested resource doesn't exist",
        status: null,
        facets: { system: "Player MQTT", category: "MQTT errors" },
      },
    ]);
  });

  it("keys an error by the code its API sends", () => {
    expect(index.get("va")!.map(({ k, m, code }) => ({ k, m, code }))).toEqual([
      { k: "validationfieldisnotnullable", m: "code", code: "validation-field-is-not-nullable" },
      { k: "validationerror", m: "sent-code", code: "validation-field-is-not-nullable" },
    ]);
  });

  it("keys a prefixed numeric code by the code without the system's prefix", () => {
    expect(rows.filter((row) => row.code === "1201").map(({ k, m }) => ({ k, m }))).toEqual([
      { k: "1201", m: "code" },
      { k: "201", m: "part" },
    ]);
  });

  it("gives every row its error's page, title, status and search facets", () => {
    expect(rows).toHaveLength(13);
    for (const row of rows) {
      const error = catalog.errors.find((candidate) => candidate.system === row.system && candidate.code === row.code)!;
      expect(row).toEqual({
        k: row.k,
        m: row.m,
        system: error.system,
        code: error.code,
        path: error.path,
        title: error.title,
        status: error.status,
        facets: searchFacets(error, catalog.system(error.system)!),
      });
    }
  });

  it("indexes every error under its whole code", () => {
    const coded = rows.filter((row) => row.m === "code").map((row) => `${row.system}/${row.code}`);
    expect(coded.sort()).toEqual(catalog.errors.map((error) => `${error.system}/${error.code}`).sort());
  });
});
