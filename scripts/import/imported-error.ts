/**
 * What an import makes of one error of a source document (a seed parser's row, or an error of a
 * team's Markdown document): everything an error's content file
 * holds. `renderErrorFile` turns it into `content/errors/<system>/<slug>.md`.
 */
export interface ImportedError {
  /** Id of the system (a file in content/systems/). */
  system: string;
  /** The code exactly as the API emits it (or, for systems without codes, the derived id). */
  code: string;
  title: string;
  /**
   * HTTP status; null when the document states none for an error sent over HTTP (written as
   * `status: null`, which the catalog accepts as "not documented"); absent for errors not sent
   * over HTTP.
   */
  status?: number | null;
  /** Id of one of the system's categories. */
  category: string;
  /** The message text the API returns, when the document gives it. */
  message?: string;
  /** What the API sends in its code field, when that differs from `code`. */
  apiCode?: string;
  /** What response fields carry for this error, e.g. `{ detail: "the property that is missing" }`. */
  fields?: Record<string, string>;
  /** Written as given; a retired error also has `since` (YYYY-MM-DD), as `lifecycleSchema` requires. */
  lifecycle?: { state: "unused" | "deprecated" | "retired"; since?: string; note?: string; replacedBy?: string };
  /** `code` of the same system, or `<system>/<code>`. */
  related?: string[];
  source: {
    document: string;
    /** 1-based line of the row in the document. */
    line: number;
    /** The row exactly as the document has it (for multi-line rows, the lines joined with \n). */
    text: string;
    /** What the import did with the row's quirks, in plain words. Empty when nothing needed doing. */
    notes: string[];
  };
  /** Markdown body: what the error means, its causes, what the client should do. */
  body: string;
}
