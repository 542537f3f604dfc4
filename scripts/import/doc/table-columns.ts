/** What a column of an error table holds, read from its header. */
export type ColumnRole = "code" | "status" | "message" | "description" | "remediation" | "causes" | "category";

/** Header names (lower case, without markup) of each role, as teams write them. */
const ROLES: ReadonlyArray<[ColumnRole, RegExp]> = [
  ["status", /^(?:http[ _-]?)?(?:status|response)(?:[ _-]?code)?$|^http(?:[ _-]?code)?$/],
  [
    "code",
    /^(?:(?:error|err|api|app|application|custom|internal|response|result|return|reason)[ _-]?)?codes?$|^errors?$|^error[ _-]?(?:names?|ids?|types?|keys?)$|^extensions\.code$/,
  ],
  ["message", /^(?:(?:error|return|response)[ _-]?)?messages?$|^(?:error[ _-]?)?title$|^reason[ _-]?phrase$/],
  ["description", /^(?:description|meaning|explanation|details?|summary|definition)$/],
  [
    "remediation",
    /^(?:remediation|solutions?|fix(?:es)?|how to (?:fix|resolve)|resolution|what to do|actions?|recommended actions?|hint|handling|suggestion)$/,
  ],
  ["causes", /^(?:(?:possible|common|likely)[ _-]?)?causes?$|^why$/],
  ["category", /^(?:category|group|domain)$/],
];

export interface TableColumns {
  /** Column index of each role found (the first column when two share a role). */
  roles: Partial<Record<ColumnRole, number>>;
  /** Headers of the columns no role reads, so the report can say they were left out. */
  ignored: string[];
}

/**
 * The roles of a table's columns. A table is an error table when one column holds codes; a table
 * whose only code-like column is an HTTP status column lists statuses as its codes (`Error Code |
 * Meaning` with 400, 401 …, or `HTTP Status Code | Description`).
 */
export function tableColumns(header: readonly string[]): TableColumns {
  const roles: Partial<Record<ColumnRole, number>> = {};
  const ignored: string[] = [];
  header.forEach((title, index) => {
    const name = title
      .toLowerCase()
      .replace(/[`*_]/g, (mark) => (mark === "_" ? " " : ""))
      .replace(/\s+/g, " ")
      .trim();
    const role = ROLES.find(([, pattern]) => pattern.test(name))?.[0];
    if (role && roles[role] === undefined) roles[role] = index;
    else if (title.trim()) ignored.push(title.trim());
  });
  if (roles.code === undefined && roles.status !== undefined) {
    roles.code = roles.status;
    delete roles.status;
  }
  return { roles, ignored };
}

/** The header names that make a column the code column, for messages. */
export const CODE_COLUMN_NAMES = "Code, Error code, Error, extensions.code, or an HTTP status column";
