import { parseCodeBlocks } from "./parse-code-blocks.ts";
import { parseDetailMessages } from "./parse-detail-messages.ts";
import { parseDomainReason } from "./parse-domain-reason.ts";
import { parseNumericTable } from "./parse-numeric-table.ts";
import { parseProblemJsonMatrix } from "./parse-problem-json-matrix.ts";
import type { SeedImport } from "./seed-import.ts";

/**
 * The five documents of the bundled catalog (content/sources/), each with the parser for its
 * shape. Adding a document means adding a parser here.
 */
export const SEED_PARSERS: Readonly<Record<string, (text: string, document: string) => SeedImport>> = {
  "000_718e70368e462a1f.txt": parseNumericTable,
  "001_f63e619d1439348f.txt": parseCodeBlocks,
  "002_5112b2511fce967e.txt": parseDomainReason,
  "003_8b4148c69048e271.txt": parseProblemJsonMatrix,
  "004_ce80b8434b8f9fa3.txt": parseDetailMessages,
};

export type { ImportedError } from "../imported-error.ts";
export type { RowAccount, SeedImport } from "./seed-import.ts";
