import type { ImportedError } from "../imported-error.ts";

/**
 * How one row of a source document was accounted for. Every table row a document has must
 * appear exactly once, so nothing is dropped silently.
 */
export interface RowAccount {
  line: number;
  text: string;
  /** The errors made from the row (a 003 row can become up to three, one per system). */
  codes: Array<{ system: string; code: string }>;
  /** Why a row became no error (e.g. a heading row of a table), when `codes` is empty. */
  reason?: string;
}

export interface SeedImport {
  document: string;
  errors: ImportedError[];
  rows: RowAccount[];
}
