import { describe, expect, it } from "vitest";
import { buildMessageIndex, isMessageKey, messageKey, messageShard } from "../../../src/lib/search/message-index";
import { searchCatalog } from "./search-catalog";

describe("messageKey", () => {
  it("ignores case, accents, spacing and punctuation", () => {
    expect(messageKey("  The Région already  exists!\n")).toBe("the region already exists");
    expect(messageKey("Order 'X' not found")).toBe(messageKey("order x not found."));
  });

  it("is empty without letters or digits", () => {
    expect(messageKey(" … ")).toBe("");
  });
});

describe("isMessageKey", () => {
  it("takes two words or more: one word is a code or a word, found otherwise", () => {
    expect(isMessageKey("not found")).toBe(true);
    expect(isMessageKey("usernotfound")).toBe(false);
    expect(isMessageKey("")).toBe(false);
  });
});

describe("messageShard", () => {
  it("is two hex digits of the key's FNV-1a hash, the same on every run", () => {
    // FNV-1a of "a" is 0xe40c292c; of "" the offset basis 0x811c9dc5.
    expect(messageShard("a")).toBe("2c");
    expect(messageShard("")).toBe("c5");
    expect(messageShard("the region already exists for this region")).toMatch(/^[0-9a-f]{2}$/);
  });

  it("spreads messages that begin alike over many shards", () => {
    const shards = new Set(
      Array.from({ length: 1000 }, (_, index) => messageShard(`the thing ${index} was not found`)),
    );
    expect(shards.size).toBeGreaterThan(200);
  });
});

describe("buildMessageIndex", () => {
  const index = buildMessageIndex(searchCatalog());

  it("lists every documented message once, under its key, in the shard of its key", () => {
    const rows = [...index.values()].flat();
    expect(rows.map((row) => row.k).sort()).toEqual(["field x is not nullable", "order x not found"]);
    for (const [shard, shardRows] of index) {
      for (const row of shardRows) expect(messageShard(row.k)).toBe(shard);
    }
  });

  it("carries what a search result shows: the page, its code, title, status, message and filter values", () => {
    expect(index.get(messageShard("order x not found"))).toContainEqual({
      k: "order x not found",
      message: "Order 'X' not found",
      system: "shop",
      code: "1101",
      path: "/shop/1101/",
      title: "Order not found",
      status: 404,
      facets: { system: "Shop API", status: "404 Not Found", category: "Orders" },
    });
  });
});
