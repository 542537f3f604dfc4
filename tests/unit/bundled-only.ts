/**
 * Vitest blocks whose subject is the bundled catalog (tests/bundled-catalog.ts). On another
 * catalog their body is never run (it would read files that are not there), and one skipped test
 * in their place says why.
 */
import { describe, it, type TestFunction } from "vitest";
import { BUNDLED_CATALOG, BUNDLED_CATALOG_NOTE } from "../bundled-catalog";

const skipped = (name: string) => it(name, (context) => context.skip(BUNDLED_CATALOG_NOTE));

/** A describe block about the bundled catalog. */
export function describeBundled(name: string, factory: () => void): void {
  if (BUNDLED_CATALOG) describe(name, factory);
  else skipped(name);
}

/** One test about the bundled catalog. */
export function itBundled(name: string, test: TestFunction): void {
  if (BUNDLED_CATALOG) it(name, test);
  else skipped(name);
}
