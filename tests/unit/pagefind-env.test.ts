import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { PAGEFIND_ENV } from "../../scripts/pagefind-env";

/** Pagefind's binary for this machine, found as the pagefind package finds it. */
function pagefindBinary(): string {
  const platform = process.platform === "win32" ? "windows" : process.platform;
  return createRequire(import.meta.url).resolve(`@pagefind/${platform}-${process.arch}/bin/pagefind_extended`);
}

describe("PAGEFIND_ENV", () => {
  it("reaches the jemalloc of Pagefind's binary (an upgrade that drops it fails here)", () => {
    // stats_print makes jemalloc print the options it runs with when the binary exits.
    const run = spawnSync(pagefindBinary(), ["--version"], {
      env: { ...process.env, _RJEM_MALLOC_CONF: `${PAGEFIND_ENV._RJEM_MALLOC_CONF},stats_print:true` },
      encoding: "utf8",
    });
    expect(run.status).toBe(0);
    const output = `${run.stdout}${run.stderr}`;
    expect(output).not.toContain("<jemalloc>: ");
    for (const option of PAGEFIND_ENV._RJEM_MALLOC_CONF.split(",")) {
      const [name, value] = option.split(":");
      expect(output).toContain(`opt.${name}: ${value} `);
    }
  });
});
