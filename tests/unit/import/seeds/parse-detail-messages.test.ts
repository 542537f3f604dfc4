import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { renderErrorFile } from "../../../../scripts/import/error-file";
import type { ImportedError } from "../../../../scripts/import/imported-error";
import { cellText, parseMarkdownTables, type MarkdownTable } from "../../../../scripts/import/markdown-table";
import { parseDetailMessages } from "../../../../scripts/import/seeds/parse-detail-messages";
import { errorSchema } from "../../../../src/schemas/error";
import { systemSchema } from "../../../../src/schemas/system";
import { describeBundled } from "../../bundled-only";

describeBundled("the bundled document content/sources/004_ce80b8434b8f9fa3.txt", () => {
  const DOCUMENT = "004_ce80b8434b8f9fa3.txt";
  const text = readFileSync(new URL(`../../../../content/sources/${DOCUMENT}`, import.meta.url), "utf8");
  const lines = text.split(/\r?\n/);
  const result = parseDetailMessages(text, DOCUMENT);

  function readSystem(id: string) {
    return systemSchema.parse(
      parseYaml(readFileSync(new URL(`../../../../content/systems/${id}.yaml`, import.meta.url), "utf8")),
    );
  }
  const http = readSystem("artwork-player");
  const mqtt = readSystem("artwork-player-mqtt");

  const httpErrors = result.errors.filter((e) => e.system === "artwork-player");
  const mqttErrors = result.errors.filter((e) => e.system === "artwork-player-mqtt");

  function error(code: string): ImportedError {
    const found = result.errors.find((candidate) => candidate.code === code);
    if (!found) throw new Error(`no ${code}`);
    return found;
  }

  function atLine(line: number): ImportedError {
    const found = result.errors.find((candidate) => candidate.source.line === line);
    if (!found) throw new Error(`no error from line ${line}`);
    return found;
  }

  /** Parses a copy of the document with one line replaced. */
  function parseWithLine(line: number, replace: (text: string) => string) {
    const changed = [...lines];
    changed[line - 1] = replace(changed[line - 1] ?? "");
    return parseDetailMessages(changed.join("\n"), DOCUMENT);
  }

  /** The one table of the document with these columns. */
  function documentTable(header: string): MarkdownTable {
    const tables = parseMarkdownTables(text).filter((table) => table.header.join(" | ") === header);
    expect(tables).toHaveLength(1);
    return tables[0] as MarkdownTable;
  }

  function cellsOf(table: MarkdownTable): string[][] {
    return table.rows.map((row) => row.cells.map(cellText));
  }

  describe("parseDetailMessages (document 004)", () => {
    it("makes one error per row of each area and status table", () => {
      const counts: Record<string, number> = {};
      for (const e of httpErrors) counts[`${e.category} ${e.status}`] = (counts[`${e.category} ${e.status}`] ?? 0) + 1;
      expect(counts).toEqual({
        "auth 401": 5,
        "auth 403": 5,
        "auth 409": 4,
        "auth 429": 4,
        "post 400": 6,
        "post 404": 1,
        "post 409": 1,
        "post 413": 1,
        "post 429": 1,
        "player 400": 6,
        "player 403": 1,
        "player 404": 8,
        "player 429": 3,
        "player 500": 5,
        "oauth 400": 3,
        "oauth 500": 6,
      });
      expect(httpErrors).toHaveLength(60);
      expect(mqttErrors).toHaveLength(10);
      expect(result.errors).toHaveLength(70);
    });

    it("accounts for every error-table row exactly once, and for no reference-table row", () => {
      expect(result.rows).toHaveLength(70);
      for (const row of result.rows) {
        expect(row.text).toBe(lines[row.line - 1]);
        expect(row.codes).toHaveLength(1);
        expect(row.reason).toBeUndefined();
      }
      expect(new Set(result.rows.map((row) => row.line)).size).toBe(70);
      const referenceRows = [
        ...documentTable("Status | Meaning").rows,
        ...documentTable("Operation | Limit | Window").rows,
        ...documentTable("Status | Action").rows,
      ].map((row) => row.line);
      expect(referenceRows).toHaveLength(11 + 10 + 7);
      expect(result.rows.filter((row) => referenceRows.includes(row.line))).toEqual([]);
      // Every other table row of the document is accounted for.
      const allRows = parseMarkdownTables(text).flatMap((table) => table.rows.map((row) => row.line));
      expect(allRows.filter((line) => !referenceRows.includes(line)).sort((a, b) => a - b)).toEqual(
        result.rows.map((row) => row.line),
      );
    });

    it("gives ids that are unique and match the systems' code schemes", () => {
      const httpPattern = new RegExp(`^(?:${http.codeScheme.pattern})$`);
      const mqttPattern = new RegExp(`^(?:${mqtt.codeScheme.pattern})$`);
      for (const e of httpErrors) {
        expect(e.code).toMatch(httpPattern);
        expect(e.code.startsWith(`${e.category}-${e.status}-`), e.code).toBe(true);
      }
      for (const e of mqttErrors) expect(e.code).toMatch(mqttPattern);
      expect(new Set(httpErrors.map((e) => e.code)).size).toBe(60);
      expect(new Set(mqttErrors.map((e) => e.code)).size).toBe(10);
      expect(atLine(45).code).toBe("auth-403-email-not-verified");
      expect(atLine(36).code).toBe("auth-401-user-not-found");
      expect(atLine(47).code).toBe("auth-403-site-owners-handle-cannot-be-changed");
      expect(atLine(135).code).toBe("player-404-playset-not-found");
      expect(atLine(117).code).toBe("player-400-certificate-is-still-valid-for-days");
      expect(atLine(197).code).toBe("oauth-400-github-oauth-error");
    });

    it("uses only categories the system files declare", () => {
      const httpCategories = new Set(http.categories.map((category) => category.id));
      const mqttCategories = new Set(mqtt.categories.map((category) => category.id));
      for (const e of httpErrors) expect(httpCategories.has(e.category), e.code).toBe(true);
      for (const e of mqttErrors) expect(mqttCategories.has(e.category), e.code).toBe(true);
    });

    it("resolves the collision of the two “account already exists” messages explicitly", () => {
      const plain = error("auth-409-account-with-this-email-already-exists");
      const withAdvice = error("auth-409-account-exists-log-in");
      expect(plain.message).toBe("An account with this email already exists");
      expect(withAdvice.message).toBe(
        "An account with this email already exists. Please log in with your existing account.",
      );
      expect(plain.title).not.toBe(withAdvice.title);
      expect(plain.related).toEqual([withAdvice.code]);
      expect(withAdvice.related).toEqual([plain.code]);
      expect(withAdvice.source.notes.join(" ")).toContain("auth-409-account-exists-log-in");
      expect(withAdvice.body).toContain("## What to do\n\nLog in with your existing account.");
    });

    it("throws when two messages would get the same id and no override separates them", () => {
      expect(() => parseWithLine(57, () => "| An account with this email already exists! | Duplicate |")).toThrow(
        `${DOCUMENT}, line 57: the id auth-409-account-with-this-email-already-exists is already the id of line 55`,
      );
    });

    it("keeps messages exactly and titles them by their first sentence", () => {
      for (const e of httpErrors) {
        expect(e.message, e.code).toBeDefined();
        expect(lines[e.source.line - 1]).toContain(`| ${e.message} |`);
        expect(e.title, e.code).not.toMatch(/\.$/);
      }
      expect(atLine(45)).toMatchObject({
        title: "Email not verified",
        message: "Email not verified. Please check your email for verification link.",
      });
      expect(atLine(58)).toMatchObject({ title: "Account pending verification", message: "pending_verification" });
      expect(atLine(58).source.notes.join(" ")).toContain("bare token");
      expect(atLine(114).title).toBe("post_id is required for show_artwork command");
    });

    it("notes the placeholders of messages and keeps them out of ids", () => {
      const ids: Record<number, string> = {
        98: "post-413-storage-quota-exceeded",
        117: "player-400-certificate-is-still-valid-for-days",
        135: "player-404-playset-not-found",
        197: "oauth-400-github-oauth-error",
        198: "oauth-400-failed-to-authenticate-with-github",
        184: "validation-operator-not-valid-for-numeric-field",
        185: "validation-operator-not-valid-for-boolean-field",
        186: "validation-operator-not-valid-for-enum-field",
        187: "validation-field-is-not-nullable",
        188: "validation-invalid-value-for-field",
      };
      const placeholderLines = Object.keys(ids).map(Number);
      for (const line of placeholderLines) {
        const e = atLine(line);
        expect(e.source.notes.join(" "), e.code).toMatch(/placeholders? that the API fills in/);
        expect(e.code).toBe(ids[line]);
      }
      expect(atLine(98).message).toBe("Storage quota exceeded. Used X MB of Y MB.");
      expect(atLine(98).source.notes.join(" ")).toContain("“X” and “Y”");
      expect(atLine(135).message).toBe("Playset 'name' not found");
      expect(atLine(197).message).toBe("GitHub OAuth error: description");
      expect(atLine(198).source.notes.join(" ")).toContain("“error” after the colon");
      const others = result.errors.filter((e) => !placeholderLines.includes(e.source.line));
      expect(others.filter((e) => e.source.notes.some((note) => note.includes("placeholder")))).toEqual([]);
    });

    it("relates the same message in two areas", () => {
      expect(error("auth-401-user-not-found").related).toEqual(["player-404-user-not-found"]);
      expect(error("player-404-user-not-found").related).toEqual(["auth-401-user-not-found"]);
      expect(error("post-404-post-not-found").related).toEqual(["player-404-post-not-found"]);
      expect(error("player-404-post-not-found").related).toEqual(["post-404-post-not-found"]);
    });

    it("turns the MQTT codes and validation messages into MQTT errors without a status", () => {
      const codes = mqttErrors.filter((e) => e.category === "mqtt");
      expect(codes.map((e) => e.code)).toEqual([
        "INVALID_REQUEST",
        "VALIDATION_ERROR",
        "NOT_FOUND",
        "RATE_LIMITED",
        "INTERNAL_ERROR",
      ]);
      expect(error("NOT_FOUND").title).toBe("Requested resource doesn't exist");
      const validations = mqttErrors.filter((e) => e.category === "validation");
      expect(validations.map((e) => e.code)).toEqual([
        "validation-operator-not-valid-for-numeric-field",
        "validation-operator-not-valid-for-boolean-field",
        "validation-operator-not-valid-for-enum-field",
        "validation-field-is-not-nullable",
        "validation-invalid-value-for-field",
      ]);
      for (const e of validations) {
        expect(e.apiCode).toBe("VALIDATION_ERROR");
        expect(e.related).toEqual(["VALIDATION_ERROR"]);
        expect(lines[e.source.line - 1]).toContain(`| ${e.message} |`);
      }
      expect(error("VALIDATION_ERROR").related).toEqual(validations.map((e) => e.code));
      for (const e of codes) expect(e.apiCode).toBeUndefined();
      for (const e of mqttErrors) expect(e.status, e.code).toBeUndefined();
      for (const e of httpErrors) expect(e.status, e.code).toBeTypeOf("number");
    });

    it("names the matching rate limit in the body of each 429 error", () => {
      const expected: Record<string, string> = {
        "auth-429-too-many-registration-attempts": "“Registration”: the limit varies, per IP",
        "auth-429-too-many-login-attempts": "“Login”: the limit varies, per IP",
        "auth-429-too-many-verification-requests": "“Email verification”: 20 per 1 hour",
        "auth-429-too-many-password-reset-requests": "“Password reset”: the limit varies, per IP",
        "post-429-upload-rate-limit-exceeded": "“Upload (rep 100-499)”: 16 per 1 hour",
        "player-429-too-many-credential-requests": "“Credential fetch”: 20 per 1 minute per IP",
        "player-429-rate-limit-exceeded-for-player": "“Player commands”: 300 per 1 minute per player",
        "player-429-rate-limit-exceeded-for-user": "“User commands”: 1000 per 1 minute per user",
      };
      const tooMany = httpErrors.filter((e) => e.status === 429);
      expect(tooMany.map((e) => e.code).sort()).toEqual(Object.keys(expected).sort());
      for (const e of tooMany) expect(e.body, e.code).toContain(expected[e.code]);
    });

    it("writes What to do only from the document's own advice", () => {
      const withAdvice = httpErrors.filter((e) => e.body.includes("## What to do")).map((e) => e.code);
      expect(withAdvice.sort()).toEqual(
        [
          "auth-403-email-not-verified",
          "auth-403-email-verification-required-to-change-handle",
          "auth-409-account-exists-log-in",
          "post-400-file-size-exceeds-limit",
          "player-400-post-id-is-required-for-show-artwork-command",
          "player-400-play-channel-requires-one-of",
          "player-400-playset-name-is-required-for-play-playset-command",
          "player-400-certificate-is-still-valid-for-days",
        ].sort(),
      );
      expect(error("post-400-file-size-exceeds-limit").body).toContain("5 MB or less");
      for (const e of result.errors) {
        expect(e.body, e.code).not.toMatch(/^# /m);
        expect(e.body, e.code).not.toContain("try again");
      }
      expect(atLine(35).body).toContain("## Causes\n\n- Wrong credentials.");
    });

    it("produces content files that the error schema accepts", () => {
      for (const e of result.errors) {
        const frontmatter = parseYaml(renderErrorFile(e).split("---\n")[1] ?? "");
        const parsed = errorSchema.safeParse(frontmatter);
        expect(parsed.success, `${e.code}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
      }
    });

    it("is deterministic", () => {
      expect(parseDetailMessages(text, DOCUMENT)).toEqual(result);
    });

    it("throws, naming the document and line, for a row it cannot read", () => {
      expect(() => parseWithLine(35, () => "| Invalid email or password |  |")).toThrow(`${DOCUMENT}, line 35:`);
      expect(() => parseWithLine(29, () => "## Billing Errors")).toThrow(
        `${DOCUMENT}, line 33: a Detail/Cause table outside a known area heading`,
      );
      expect(() => parseWithLine(31, () => "### 402 Unauthorized")).toThrow(`${DOCUMENT}, line 35: the status heading`);
      expect(() => parseWithLine(174, () => "| INVALID_REQUEST | Malformed request payload |")).toThrow(
        `${DOCUMENT}, line 174: the MQTT code`,
      );
    });
  });

  describe("the Artwork Player guidance in content/systems/artwork-player.yaml", () => {
    it("has the document's recovery action for each status", () => {
      const documented = cellsOf(documentTable("Status | Action"));
      expect(Object.keys(http.guidance.statuses)).toEqual(documented.map(([status]) => status));
      for (const [status = "", action = ""] of documented) {
        const yamlAction = http.guidance.statuses[status] ?? "";
        // The yaml may add articles and "the error" for grammar, and ends in a period; the
        // document's words must all be there, in order.
        const yamlWords = yamlAction.replace(/\.$/, "").toLowerCase().split(/\s+/);
        const docWords = action.toLowerCase().split(/\s+/);
        const added = [...yamlWords];
        for (const word of docWords) {
          const at = added.indexOf(word);
          expect(at, `${status}: “${action}” in “${yamlAction}”`).toBeGreaterThanOrEqual(0);
          added.splice(0, at + 1);
        }
        const extra = yamlWords.filter((word) => !docWords.includes(word));
        expect(
          extra.every((word) => ["the", "error"].includes(word)),
          `${status}: ${extra.join(" ")}`,
        ).toBe(true);
      }
    });

    it("has the document's rate limits", () => {
      const documented = cellsOf(documentTable("Operation | Limit | Window"));
      // The yaml spells out the document's abbreviations of the upload tiers.
      const spelledOut = (operation: string) =>
        operation
          .replace("rep < ", "reputation below ")
          .replace("rep 500+", "reputation 500 and more")
          .replace("rep ", "reputation ");
      expect(http.guidance.rateLimits).toEqual(
        documented.map(([operation = "", limit = "", window = ""]) => ({
          operation: spelledOut(operation),
          limit,
          window,
        })),
      );
    });

    it("has the document's retry strategy", () => {
      const retry = http.guidance.retry ?? "";
      expect(text).toContain("Wait time = min(2^attempt * base_delay, max_delay)");
      expect(retry).toContain("min(2^attempt × base_delay, max_delay)");
      const value = (name: string) => new RegExp(`- \`?${name}\`?: (.+)`).exec(text)?.[1];
      expect(value("base_delay")).toBe("1 second");
      expect(value("max_delay")).toBe("60 seconds");
      expect(value("Max attempts")).toBe("5");
      expect(retry).toContain("`base_delay` 1 second");
      expect(retry).toContain("`max_delay` 60 seconds");
      expect(retry).toContain("at most 5 attempts");
    });
  });
});
