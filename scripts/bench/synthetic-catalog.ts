/**
 * A synthetic error catalog for benchmarks and scale tests: N systems x M errors with realistic
 * titles, messages and bodies, in every code shape the bundled catalog has (numeric, prefixed
 * four-digit, PascalCase, domain:reason, UPPER_SNAKE over MQTT, and message-derived ids), and
 * about one body in ten written in MDX. Deterministic for a given seed.
 */
import { stringify } from "yaml";
import { codeKey } from "../../src/lib/search/code-key.ts";
import { codeToSlug } from "../../src/lib/slug.ts";
import { formatLock } from "../../src/lib/url-lock.ts";

export interface SyntheticCatalog {
  /** Path below the content folder -> file content. */
  files: Map<string, string>;
  systems: number;
  errors: number;
  mdx: number;
  /**
   * Realistic lookups with the page each was taken from (`expect`), codes and messages, and
   * every page that has the same code or message (`equivalent`, `expect` included): systems of
   * one code shape repeat codes, and same-noun systems repeat messages, as real catalogs do, so
   * any of them is a right first answer.
   */
  queries: SyntheticQuery[];
}

export interface SyntheticQuery {
  q: string;
  expect: string;
  equivalent: string[];
}

type Shape = "numeric" | "prefixed" | "pascal" | "domain" | "mqtt" | "derived";
const SHAPES: Shape[] = ["numeric", "prefixed", "pascal", "domain", "mqtt", "derived"];

const NOUNS = [
  "order",
  "payment",
  "invoice",
  "refund",
  "customer",
  "account",
  "session",
  "token",
  "password",
  "email",
  "file",
  "upload",
  "report",
  "project",
  "team",
  "member",
  "webhook",
  "subscription",
  "plan",
  "quota",
  "export",
  "import",
  "device",
  "certificate",
  "channel",
  "message",
  "comment",
  "task",
  "tag",
  "asset",
  "model",
  "entry",
  "field",
  "locale",
  "workspace",
  "role",
  "permission",
  "schedule",
  "region",
  "bucket",
];
const QUALIFIERS = [
  "",
  "in request body",
  "in query string",
  "for this workspace",
  "during upload",
  "after expiry",
  "for this region",
  "in batch",
  "for the current plan",
  "on retry",
  "in webhook payload",
  "for this team",
];
interface Problem {
  title: string;
  message: string;
  status: number;
  reason: string;
  cause: string;
  action: string;
}
const PROBLEMS: Problem[] = [
  {
    title: "not found",
    message: "was not found",
    status: 404,
    reason: "not_found",
    cause: "The identifier is wrong, or the resource was deleted.",
    action: "Check the identifier and that the resource still exists.",
  },
  {
    title: "already exists",
    message: "already exists",
    status: 409,
    reason: "already_exists",
    cause: "An earlier request created it, possibly a retried one.",
    action: "Use the existing resource instead of creating it again.",
  },
  {
    title: "is invalid",
    message: "is invalid",
    status: 400,
    reason: "invalid",
    cause: "A value does not have the expected format.",
    action: "Correct the value and send the request again.",
  },
  {
    title: "has expired",
    message: "has expired",
    status: 401,
    reason: "expired",
    cause: "Its lifetime ended before the request arrived.",
    action: "Request a new one and repeat the request.",
  },
  {
    title: "is locked",
    message: "is locked by another operation",
    status: 423,
    reason: "locked",
    cause: "Another operation holds the lock.",
    action: "Wait for the other operation to finish, then retry.",
  },
  {
    title: "limit reached",
    message: "limit reached: used X of Y",
    status: 429,
    reason: "limit_reached",
    cause: "Too many requests in the current window.",
    action: "Wait and retry with exponential backoff.",
  },
  {
    title: "is missing",
    message: "is missing from the request",
    status: 400,
    reason: "missing",
    cause: "A required part of the request was not sent.",
    action: "Add it to the request.",
  },
  {
    title: "was rejected",
    message: "was rejected by policy",
    status: 403,
    reason: "rejected",
    cause: "A policy of the account forbids it.",
    action: "Ask an administrator to review the policy.",
  },
  {
    title: "is too large",
    message: "is too large: the limit is X MB",
    status: 413,
    reason: "too_large",
    cause: "The body exceeds the configured limit.",
    action: "Send less data, or split it into several requests.",
  },
  {
    title: "is disabled",
    message: "is disabled for this account",
    status: 403,
    reason: "disabled",
    cause: "The feature was switched off.",
    action: "Enable it in the settings, or contact support.",
  },
  {
    title: "failed to process",
    message: "could not be processed",
    status: 500,
    reason: "processing_failed",
    cause: "An internal step failed.",
    action: "Retry later; report it if it persists.",
  },
  {
    title: "is not allowed",
    message: "is not allowed with this method",
    status: 405,
    reason: "not_allowed",
    cause: "The resource does not support the method.",
    action: "Use a supported method.",
  },
  {
    title: "timed out",
    message: "timed out waiting for an upstream service",
    status: 504,
    reason: "timed_out",
    cause: "An upstream service did not answer in time.",
    action: "Retry later.",
  },
  {
    title: "service unavailable",
    message: "service is temporarily unavailable",
    status: 503,
    reason: "unavailable",
    cause: "The service is down for maintenance or overloaded.",
    action: "Retry later, honouring Retry-After.",
  },
];

/** mulberry32: a small, fast, seeded generator; the catalog must be the same for the same seed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const words = (text: string) => text.split(/[^A-Za-z0-9]+/).filter(Boolean);
const pascal = (text: string) => words(text).map(capitalize).join("");

interface Generated {
  code: string;
  title: string;
  message: string;
  status: number;
  category: string;
  problem: Problem;
  noun: string;
  qualifier: string;
}

/** Errors per system for a total: 200 each up to 1,000 errors, then 1,000 each. */
export function systemSizes(total: number): number[] {
  const perSystem = total <= 1000 ? Math.max(1, Math.ceil(total / 5)) : 1000;
  const sizes: number[] = [];
  for (let left = total; left > 0; left -= perSystem) sizes.push(Math.min(perSystem, left));
  return sizes;
}

export function generateCatalog(total: number, seed = 1): SyntheticCatalog {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const files = new Map<string, string>();
  const picked: Array<{ q: string; expect: string; by: "code" | "message" }> = [];
  const pathsByCode = new Map<string, string[]>();
  const pathsByMessage = new Map<string, string[]>();
  const published: string[] = [];
  let mdx = 0;
  const sizes = systemSizes(total);

  sizes.forEach((size, index) => {
    const shape = SHAPES[index % SHAPES.length]!;
    const id = `${shape}-${String(index + 1).padStart(2, "0")}`;
    const prefix = String(index + 1);
    const categories = NOUNS.slice((index * 7) % NOUNS.length)
      .concat(NOUNS)
      .slice(0, 8);
    const generated: Generated[] = [];
    const codes = new Set<string>();
    for (let n = 0; generated.length < size; n++) {
      const noun = categories[n % categories.length]!;
      const problem = PROBLEMS[Math.floor(n / categories.length) % PROBLEMS.length]!;
      const qualifier = QUALIFIERS[Math.floor(n / (categories.length * PROBLEMS.length)) % QUALIFIERS.length]!;
      const round = Math.floor(n / (categories.length * PROBLEMS.length * QUALIFIERS.length));
      const extra = round > 0 ? ` v${round + 1}` : "";
      const title = capitalize(`${noun} ${problem.title}${qualifier ? ` ${qualifier}` : ""}${extra}`);
      const message = `The ${noun} ${problem.message}${qualifier ? ` ${qualifier}` : ""}${extra}.`;
      const ordinal = generated.length + 1;
      const code = {
        numeric: String(ordinal),
        prefixed: `${prefix}${String(ordinal - 1).padStart(3, "0")}`,
        pascal: pascal(`${noun} ${problem.reason} ${qualifier}${extra}`),
        domain: `${noun}:${[problem.reason, ...words(qualifier + extra)].join("_").toLowerCase()}`,
        mqtt: [noun, problem.reason, ...words(qualifier + extra)].join("_").toUpperCase(),
        derived: `${noun}-${problem.status}-${words(`${problem.message} ${qualifier}${extra}`).slice(0, 6).join("-").toLowerCase()}`,
      }[shape];
      if (codes.has(code) || codes.has(codeToSlug(code))) continue;
      codes.add(code);
      codes.add(codeToSlug(code));
      generated.push({ code, title, message, status: problem.status, category: noun, problem, noun, qualifier });
    }

    files.set(`systems/${id}.yaml`, systemFile(id, shape, prefix, categories, size));
    for (const error of generated) {
      const slug = codeToSlug(error.code);
      const useMdx = next() < 0.1;
      if (useMdx) mdx++;
      files.set(`errors/${id}/${slug}.${useMdx ? "mdx" : "md"}`, errorFile(error, shape, useMdx, pick));
      const path = `/${id}/${slug}/`;
      published.push(path);
      pushTo(pathsByCode, codeKey(error.code), path);
      pushTo(pathsByMessage, error.message, path);
      // About 40 lookups, spread evenly over the catalog: codes and messages alternately.
      if (published.length % Math.max(1, Math.floor(total / 40)) === 0) {
        const by = picked.length % 2 === 0 ? "code" : "message";
        picked.push({ q: by === "code" ? error.code : error.message, expect: path, by });
      }
    }
  });
  files.set("published-urls.txt", formatLock([]));
  const queries = picked.map(({ q, expect, by }) => ({
    q,
    expect,
    equivalent: (by === "code" ? pathsByCode.get(codeKey(q)) : pathsByMessage.get(q)) ?? [expect],
  }));
  return { files, systems: sizes.length, errors: total, mdx, queries };
}

function systemFile(id: string, shape: Shape, prefix: string, categories: string[], size: number): string {
  const schemes: Record<Shape, { kind: string; pattern: string; description: string }> = {
    numeric: { kind: "numeric", pattern: "[1-9][0-9]{0,4}", description: "a number" },
    prefixed: { kind: "numeric", pattern: `${prefix}[0-9]{3}`, description: `four digits starting with ${prefix}` },
    pascal: { kind: "string", pattern: "[A-Z][A-Za-z0-9]*", description: "a PascalCase word" },
    domain: { kind: "string", pattern: "[a-z]+:[a-z0-9_]+", description: "`domain:reason`" },
    mqtt: { kind: "string", pattern: "[A-Z][A-Z0-9_]*", description: "an UPPER_SNAKE code" },
    derived: { kind: "derived", pattern: "[a-z]+-[45][0-9]{2}(-[a-z0-9]+)+", description: "`<area>-<status>-<words>`" },
  };
  const template: Record<Shape, Record<string, unknown>> = {
    numeric: { type: "$url", status: "$status", title: "$title", code: "$code:number" },
    prefixed: { status: "$status", code: "$code:number", title: "$title", type: "$url" },
    pascal: { error: { status: "$status", message: "$message", code: "$code" } },
    domain: { type: "$url", status: "$status", title: "$title", code: "$code" },
    mqtt: { status: "error", error_code: "$code", message: "$message" },
    derived: { detail: "$message" },
  };
  const link = {
    pointer: shape === "pascal" ? "/error/doc_url" : shape === "mqtt" ? "/doc_url" : "/type",
    documented: false,
  };
  return stringify({
    name: `${capitalize(shape)} service ${id.slice(-2)}`,
    summary: `A synthetic ${shape} system with ${size} errors, for benchmarks.`,
    codeScheme: { ...schemes[shape], ...(shape === "prefixed" && { prefix }) },
    response: {
      transport: shape === "mqtt" ? "mqtt" : "http",
      mediaType: "application/json",
      documented: true,
      template: template[shape],
      link,
    },
    categories: categories.map((noun) => ({ id: noun, name: capitalize(`${noun}s`) })),
  });
}

function errorFile(error: Generated, shape: Shape, mdx: boolean, pick: <T>(items: readonly T[]) => T): string {
  const frontmatter = {
    code: error.code,
    title: error.title,
    ...(shape !== "mqtt" && { status: error.status }),
    category: error.category,
    message: error.message,
  };
  const subject = `the ${error.noun}${error.qualifier ? ` ${error.qualifier}` : ""}`;
  const paragraphs = [
    `The service returns this error when ${subject} ${error.problem.message.replace(/: .*$/, "")}. ${error.problem.cause} It usually appears right after the request that touched ${subject}, and the response says which ${error.noun} was affected.`,
    "## Causes",
    `- ${error.problem.cause}\n- A client sent ${subject} in a form the service does not accept.\n- ${pick(["A retry repeated an earlier request.", "A stale cache held an old identifier.", "Two clients changed the same resource at once."])}`,
    "## What to do",
    `${error.problem.action} ${pick(["Log the request id to help support find it.", "Include the response body when you report it.", "Clients should not retry this error blindly."])}`,
  ];
  const body = mdx
    ? `import Aside from "~/components/content/Aside.astro";\n\n${paragraphs.join("\n\n")}\n\n<Aside type="note" title="Good to know">\n  This page is generated for benchmarks.\n</Aside>`
    : paragraphs.join("\n\n");
  return `---\n${stringify(frontmatter, { lineWidth: 0 })}---\n\n${body}\n`;
}

function pushTo(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
