import { describe, expect, it } from "vitest";
import { systemsNamed } from "../../../src/lib/search/system-mention";

const systems = [
  { id: "accounts", name: "Accounts API" },
  { id: "artwork-player", name: "Artwork Player API" },
  { id: "artwork-player-mqtt", name: "Artwork Player MQTT" },
  { id: "data-manager", name: "Data Manager" },
  { id: "hazizz", name: "Hazizz API" },
];

describe("systems a query names", () => {
  it("finds a name of several words whatever its case, and says which words named it", () => {
    expect(systemsNamed("saving an entry in the data manager fails", systems)).toEqual({
      ids: ["data-manager"],
      words: ["data", "manager"],
    });
  });

  it("finds a name without its trailing API, and by an id of several words", () => {
    expect(systemsNamed("Hazizz keeps logging users out", systems).ids).toEqual(["hazizz"]);
    expect(systemsNamed("the artwork-player-mqtt broker refused it", systems).ids).toEqual(["artwork-player-mqtt"]);
  });

  it("takes a one-word name only as the name writes it", () => {
    expect(systemsNamed("two accounts share one email", systems).ids).toEqual([]);
    expect(systemsNamed("the Accounts service refused", systems).ids).toEqual(["accounts"]);
  });

  it("gives a name inside a longer one to the longer", () => {
    expect(systemsNamed("Artwork Player MQTT says invalid request", systems).ids).toEqual(["artwork-player-mqtt"]);
    expect(systemsNamed("the Artwork Player API says not found", systems).ids).toEqual(["artwork-player"]);
  });

  it("finds nothing in a query that names no system", () => {
    expect(systemsNamed("account is locked", systems)).toEqual({ ids: [], words: [] });
  });
});
