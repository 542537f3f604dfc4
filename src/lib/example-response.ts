import type { ResponseShape } from "../schemas/system";
import type { CatalogError } from "./catalog-model";

/**
 * Builds the example error response an error page shows, in its system's own format: the
 * system's template with its placeholders filled in for this error, and this page's absolute
 * URL at the system's link pointer.
 *
 * Placeholders: `$code` (the code the API sends: `apiCode` when set), `$code:number`, `$status`,
 * `$title`, `$message` (the documented message, else the title), `$url`, and `$field:<name>`
 * (what the error says that field carries, shown as `<...>`). A key whose placeholder has no
 * value for this error is left out.
 */
export function buildExampleResponse(
  shape: ResponseShape,
  error: Pick<CatalogError, "code" | "status" | "title" | "message" | "data">,
  url: string,
): Record<string, unknown> {
  const emittedCode = error.data.apiCode ?? error.code;
  const values: Record<string, unknown> = {
    $code: emittedCode,
    "$code:number": Number(emittedCode),
    $status: error.status ?? undefined,
    $title: error.title,
    $message: error.message ?? error.title,
    $url: url,
  };
  const resolve = (value: unknown): unknown => {
    if (typeof value === "string" && value.startsWith("$")) {
      if (value.startsWith("$field:")) {
        const carried = error.data.fields[value.slice("$field:".length)];
        return carried === undefined ? undefined : `<${carried}>`;
      }
      return value in values ? values[value] : value;
    }
    if (Array.isArray(value)) return value.map(resolve).filter((item) => item !== undefined);
    if (value !== null && typeof value === "object") {
      const out: Record<string, unknown> = {};
      for (const [key, inner] of Object.entries(value)) {
        const resolved = resolve(inner);
        if (resolved !== undefined) out[key] = resolved;
      }
      return out;
    }
    return value;
  };
  const body = resolve(shape.template) as Record<string, unknown>;
  setAtPointer(body, shape.link.pointer, url);
  return body;
}

/** Sets `value` at a JSON Pointer, creating objects on the way; an existing value is kept. */
function setAtPointer(target: Record<string, unknown>, pointer: string, value: unknown): void {
  const keys = pointer
    .split("/")
    .slice(1)
    .map((key) => key.replace(/~1/g, "/").replace(/~0/g, "~"));
  let node = target;
  for (const key of keys.slice(0, -1)) {
    const next = node[key];
    if (next === null || typeof next !== "object") node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  const last = keys[keys.length - 1]!;
  if (node[last] === undefined) node[last] = value;
}
