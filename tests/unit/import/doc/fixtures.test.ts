/**
 * The importer on six real error documents (tests/fixtures/import/docs/, see the README there):
 * exactly which errors each becomes (code, title, status, category) and what it skips, and why.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { docEntry } from "../../../../scripts/import/doc/doc-entry";
import { parseErrorDoc } from "../../../../scripts/import/doc/parse-doc";

type Row = [code: string, title: string, status: number | null, category: string];
type Skip = [line: number, what: string, why: string];

function read(name: string): { entries: Row[]; skipped: Skip[]; docs: ReturnType<typeof parseErrorDoc> } {
  const docs = parseErrorDoc(readFileSync(`tests/fixtures/import/docs/${name}`, "utf8"));
  return {
    entries: docs.errors.map((error) => {
      const entry = docEntry(error, "system", name);
      return [entry.code, entry.title, entry.status ?? null, entry.category];
    }),
    skipped: docs.skipped.map(({ line, what, why }) => [line, what, why]),
    docs,
  };
}

const EXAMPLE = "an example, not an error";

describe("a table with a code column whose codes are HTTP statuses (credhub)", () => {
  const { entries, skipped, docs } = read("credhub-errors.md");

  it("makes one error per row, the status from the code", () => {
    expect(entries).toEqual([
      ["400", "The format of the request does not meet expectation", 400, "general"],
      ["401", "The request did not include a valid authentication method", 401, "general"],
      ["403", "The authenticated user is not authorized to perform the attempted operation", 403, "general"],
      ["404", "The resource does not exist or you are not authorized to access it", 404, "general"],
      ["500", "An internal server error occurred", 500, "general"],
    ]);
    expect(skipped).toEqual([]);
  });

  it("keeps the row's whole text as the meaning, and records the row", () => {
    const entry = docEntry(docs.errors[4]!, "credhub", "docs/errors.md");
    expect(entry.body).toBe("An internal server error occurred. Try again later or contact your administrator.");
    expect(entry.source).toEqual({
      document: "docs/errors.md",
      line: 9,
      text: "500 | An internal server error occurred. Try again later or contact your administrator.",
      notes: [],
    });
  });
});

describe("a table of backticked codes with a status column (directus)", () => {
  const { entries, skipped } = read("directus-error-codes.md");

  it("takes each status from its column; the prose that mentions FORBIDDEN adds nothing", () => {
    expect(entries).toEqual([
      ["FAILED_VALIDATION", "Validation for this particular item failed", 400, "general"],
      ["FORBIDDEN", "You are not allowed to do the current action", 403, "general"],
      ["INVALID_CREDENTIALS", "Username / password or access token is wrong", 401, "general"],
      ["INVALID_IP", "Your IP address isn't allow-listed to be used with this user", 401, "general"],
      ["INVALID_OTP", "Wrong OTP was provided", 401, "general"],
      ["INVALID_PAYLOAD", "Provided payload is invalid", 400, "general"],
      ["INVALID_QUERY", "The requested query parameters can not be used", 400, "general"],
      ["REQUESTS_EXCEEDED", "Hit the rate limit", 429, "general"],
      ["ROUTE_NOT_FOUND", "Endpoint does not exist", 404, "general"],
      ["SERVICE_UNAVAILABLE", "Could not use external service", 503, "general"],
      ["UNPROCESSABLE_ENTITY", "You tried doing something illegal", 422, "general"],
    ]);
    expect(skipped).toEqual([]);
  });
});

describe("a bullet list of numeric codes (Directus API docs, HTTP statuses)", () => {
  const { entries, skipped, docs } = read("directus-api-docs-errors-summary.md");

  it("reads name and meaning around the dash, and skips success statuses and the list of links", () => {
    expect(entries).toEqual([
      ["400", "Bad Request", 400, "http-status-codes"],
      ["401", "Unauthorized", 401, "http-status-codes"],
      ["403", "Forbidden", 403, "http-status-codes"],
      ["404", "Not Found", 404, "http-status-codes"],
      ["409", "Conflict", 409, "http-status-codes"],
      ["500", "Internal Server Error", 500, "http-status-codes"],
    ]);
    expect(skipped).toEqual([
      [4, "list item", "200 is an HTTP status that reports no error"],
      [5, "list item", "201 is an HTTP status that reports no error"],
      [6, "list item", "204 is an HTTP status that reports no error"],
      [16, "list", "its items do not start with codes"],
    ]);
  });

  it("does not publish a placeholder as the meaning, and says so", () => {
    const conflict = docEntry(docs.errors[4]!, "directus-v6", "docs/summary.md");
    expect(conflict.body).toBe("docs/summary.md lists this error without describing it.");
    expect(conflict.source.notes).toEqual([
      'The document\'s description is a placeholder ("@TODO"); the entry has none.',
    ]);
  });
});

describe("a `- CODE: text` list (JupiterV1Alpha)", () => {
  const { entries, skipped } = read("jupiter-error-codes.md");

  it("makes one error per item, without a status, since the document states none", () => {
    expect(entries).toEqual([
      ["VALIDATION_ERROR", "Input validation failed", null, "general"],
      ["AUTHENTICATION_FAILED", "Invalid credentials provided", null, "general"],
      ["AUTHORIZATION_DENIED", "Insufficient permissions", null, "general"],
      ["RESOURCE_NOT_FOUND", "Entity not found", null, "general"],
      ["RATE_LIMIT_EXCEEDED", "Too many requests", null, "general"],
      ["INTERNAL_ERROR", "Unhandled server error", null, "general"],
    ]);
    expect(skipped).toEqual([]);
  });
});

describe("one heading per error, HTTP statuses as codes, with JSON examples and code lists (cocobase)", () => {
  const { entries, skipped, docs } = read("cocobase-error-handling.md");

  it("reads headings and the code lists under section headings, which become categories", () => {
    expect(entries).toEqual([
      ["400", "Bad Request", 400, "http-status-codes"],
      ["401", "Unauthorized", 401, "http-status-codes"],
      ["403", "Forbidden", 403, "http-status-codes"],
      ["404", "Not Found", 404, "http-status-codes"],
      ["429", "Too Many Requests", 429, "http-status-codes"],
      ["500", "Internal Server Error", 500, "http-status-codes"],
      ["UNAUTHORIZED", "Missing or invalid API key", null, "authentication-errors"],
      ["FORBIDDEN", "Insufficient permissions", null, "authentication-errors"],
      ["TOKEN_EXPIRED", "Authentication token has expired", null, "authentication-errors"],
      ["VALIDATION_ERROR", "Invalid input data", null, "validation-errors"],
      ["MISSING_FIELD", "Required field is missing", null, "validation-errors"],
      ["INVALID_FORMAT", "Field format is invalid", null, "validation-errors"],
      ["DUPLICATE_KEY", "Unique constraint violation", null, "validation-errors"],
      ["NOT_FOUND", "Resource doesn't exist", null, "resource-errors"],
      ["ALREADY_EXISTS", "Resource already exists", null, "resource-errors"],
      ["COLLECTION_NOT_FOUND", "Collection doesn't exist", null, "resource-errors"],
      ["INVALID_QUERY", "Invalid query syntax", null, "query-errors"],
      ["INVALID_OPERATOR", "Unsupported query operator", null, "query-errors"],
      ["INVALID_SORT_FIELD", "Invalid field for sorting", null, "query-errors"],
      ["RATE_LIMIT_EXCEEDED", "Too many requests", null, "rate-limiting"],
    ]);
  });

  it("skips every example, the best-practice steps and the lists of links, each with its line", () => {
    expect(skipped).toEqual([
      [14, "code block (json)", EXAMPLE],
      [35, "code block (json)", EXAMPLE],
      [54, "code block (json)", EXAMPLE],
      [69, "code block (json)", EXAMPLE],
      [84, "code block (json)", EXAMPLE],
      [103, "code block (json)", EXAMPLE],
      [122, "code block (json)", EXAMPLE],
      [164, "code block (typescript)", EXAMPLE],
      [216, "code block (python)", EXAMPLE],
      [241, "code block (typescript)", EXAMPLE],
      [250, "code block (typescript)", EXAMPLE],
      [274, "code block (typescript)", EXAMPLE],
      [291, "code block (typescript)", EXAMPLE],
      [306, "code block (typescript)", EXAMPLE],
      [331, "list", "its items do not start with codes"],
      [337, "list", "its items do not start with codes"],
    ]);
  });

  it("takes the paragraph under the heading as the meaning, not the example's label", () => {
    expect(docEntry(docs.errors[0]!, "cocobase", "docs/errors.md").body).toBe("Invalid request data or parameters.");
  });
});

describe("several error tables under section headings (Rainbow API)", () => {
  const { entries, skipped, docs } = read("rainbow-error-codes.md");

  it("reads escaped codes, the status column and a category per section", () => {
    expect(entries).toEqual([
      ["AUTHORIZATION_TOKEN_MISSING_ERROR", "Your auth header is empty", 401, "auth-errors"],
      ["AUTHORIZATION_TOKEN_INVALID_ERROR", "Your authorization token is invalid", 401, "auth-errors"],
      ["AUTHORIZATION_TOKEN_EXPIRED_ERROR", "Your JWT is expired", 401, "auth-errors"],
      ["INVALID_REQUEST_ERROR", "Your request is invalid", 400, "request-validation-errors"],
      ["INVALID_ADDRESS_ERROR", "The input address is incorrect", 422, "request-validation-errors"],
      ["INVALID_CHAIN_ERROR", "The chain type is not supported", 422, "request-validation-errors"],
      ["INVALID_CONTRACT_TYPE_ERROR", "The contract type does not be supported", 422, "request-validation-errors"],
      ["INVALID_URL_ERROR", "The url path is not true", 422, "request-validation-errors"],
      ["REQUEST_TOO_LARGE_ERROR", "The request is too large", 422, "request-validation-errors"],
      ["METHOD_NOT_ALLOWED_ERROR", "The method does not be allowed in the contract", 405, "request-validation-errors"],
      ["TOO_MANY_REQUESTS_ERROR", "Too many requests are sent in the meantime", 429, "requst-limit-errors"],
      ["MINT_LIMIT_EXCEEDED_ERROR", "The number of minted NFTs exceed the limits", 429, "requst-limit-errors"],
      ["INTERNAL_SERVER_ERROR", "There are errors in the internal server", 500, "server-errors"],
    ]);
    expect(skipped).toEqual([]);
  });

  it("keeps code spans of the explanation in the body", () => {
    expect(docEntry(docs.errors[5]!, "rainbow", "docs/errors.md").body).toBe(
      "The chain type is not supported. The chain type includes `conflux` and `conflux_test`.",
    );
  });
});
