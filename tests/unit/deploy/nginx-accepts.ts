import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect } from "vitest";
import { checkNginxInclude, nginxMissing } from "../../e2e/nginx-server";

/** nginx's own parser (`nginx -t`) on an include; in CI nginx must be there (.ci/run installs it). */
export function expectNginxAccepts(text: string): void {
  const missing = nginxMissing();
  if (missing && !process.env.CI) return;
  expect(missing).toBeUndefined();
  const dir = mkdtempSync(join(tmpdir(), "errordex-include-"));
  writeFileSync(join(dir, "errordex.conf"), text);
  const { ok, output } = checkNginxInclude(join(dir, "errordex.conf"), dir);
  expect(ok, output).toBe(true);
}
