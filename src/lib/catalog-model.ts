import type { ErrorData } from "../schemas/error";
import type { Category, SystemData } from "../schemas/system";
import { CatalogValidationError } from "./catalog-problem";
import { validateCatalog } from "./catalog-validation";
import { codeToSlug } from "./slug";
import { errorJsonPath, errorPath, systemPath } from "./urls";

/** A system file as the content layer hands it over. */
export interface SystemInput {
  /** The file name without extension: the system id. */
  id: string;
  /** Project-relative path, for messages. */
  filePath: string;
  data: SystemData;
}

/** An error file as the content layer hands it over. */
export interface ErrorInput {
  /** The path below content/errors/, with extension: `hazizz/31.md`. */
  id: string;
  filePath: string;
  data: ErrorData;
}

export interface ErrorRef {
  system: string;
  code: string;
  title: string;
  status: number | null;
  path: string;
}

/** One error, with everything the pages and the JSON outputs need. */
export interface CatalogError {
  /** The content entry id, to render the entry's body. */
  entryId: string;
  filePath: string;
  system: string;
  code: string;
  slug: string;
  /** Canonical site-relative page path, `/<system>/<slug>/`. */
  path: string;
  jsonPath: string;
  title: string;
  status: number | null;
  category: string;
  message: string | null;
  unused: boolean;
  data: ErrorData;
  related: ErrorRef[];
  /** The error that replaces a retired one. */
  replacedBy: ErrorRef | null;
}

export interface CatalogCategory extends Category {
  errors: CatalogError[];
}

export interface CatalogSystem {
  id: string;
  filePath: string;
  name: string;
  path: string;
  data: SystemData;
  /** The system's categories in the order its file declares them, each with its errors. */
  categories: CatalogCategory[];
  errors: CatalogError[];
  /** The HTTP statuses its errors use, ascending. */
  statuses: number[];
}

export interface Catalog {
  /** Systems ordered by name. */
  systems: CatalogSystem[];
  /** All errors, ordered by system then code. */
  errors: CatalogError[];
  /** Every HTTP status used by some error, ascending. */
  statuses: number[];
  system(id: string): CatalogSystem | undefined;
  /** Errors with this status, ordered by system then code. */
  errorsWithStatus(status: number): CatalogError[];
}

/** The entry's slug: its explicit override, or the one derived from its code. */
export function slugOf(data: Pick<ErrorData, "code" | "slug">): string {
  return data.slug ?? codeToSlug(data.code);
}

// One collator for every comparison: localeCompare with options builds one per call, which
// dominated sorting at 10,000 errors.
const codeCollator = new Intl.Collator("en", { numeric: true, sensitivity: "base" });

/** "2" < "10" and "auth:x" < "user:x": codes sort the way people scan them. */
export function compareCodes(a: string, b: string): number {
  return codeCollator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** The system id an error file belongs to: its folder below content/errors/. */
export function systemIdOf(errorEntryId: string): string {
  return errorEntryId.split("/")[0] ?? "";
}

/**
 * Validates the content as a whole and links it into the catalog model. Throws a
 * CatalogValidationError listing every problem, so an author fixes them in one pass.
 */
export function buildCatalog(systemInputs: SystemInput[], errorInputs: ErrorInput[]): Catalog {
  const problems = validateCatalog(systemInputs, errorInputs);
  if (problems.length > 0) throw new CatalogValidationError(problems);

  const errors: CatalogError[] = errorInputs.map((input) => {
    const system = systemIdOf(input.id);
    const slug = slugOf(input.data);
    return {
      entryId: input.id,
      filePath: input.filePath,
      system,
      code: input.data.code,
      slug,
      path: errorPath(system, slug),
      jsonPath: errorJsonPath(system, slug),
      title: input.data.title,
      status: input.data.status ?? null,
      category: input.data.category,
      message: input.data.message ?? null,
      // Not emitted: defined but unused, or retired.
      unused: input.data.lifecycle.state === "unused" || input.data.lifecycle.state === "retired",
      data: input.data,
      related: [],
      replacedBy: null,
    };
  });
  errors.sort((a, b) => compareCodes(a.system, b.system) || compareCodes(a.code, b.code));

  const byKey = new Map(errors.map((error) => [`${error.system}/${error.code}`, error]));
  const resolve = (error: CatalogError, reference: string): ErrorRef => {
    const target = byKey.get(reference.includes("/") ? reference : `${error.system}/${reference}`);
    // validateCatalog has rejected unresolved references.
    if (!target) throw new Error(`unresolved reference ${reference}`);
    return { system: target.system, code: target.code, title: target.title, status: target.status, path: target.path };
  };
  for (const error of errors) {
    error.related = error.data.related.map((reference) => resolve(error, reference));
    const replacement = error.data.lifecycle.replacedBy;
    error.replacedBy = replacement ? resolve(error, replacement) : null;
  }

  const systems: CatalogSystem[] = systemInputs
    .map((input) => {
      const own = errors.filter((error) => error.system === input.id);
      return {
        id: input.id,
        filePath: input.filePath,
        name: input.data.name,
        path: systemPath(input.id),
        data: input.data,
        categories: input.data.categories.map((category) => ({
          ...category,
          errors: own.filter((error) => error.category === category.id),
        })),
        errors: own,
        statuses: distinctStatuses(own),
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name, "en"));

  const systemById = new Map(systems.map((system) => [system.id, system]));
  const systemOrder = new Map(systems.map((system, index) => [system.id, index]));
  const byStatus = new Map<number, CatalogError[]>();
  for (const error of errors) {
    if (error.status === null) continue;
    const list = byStatus.get(error.status);
    if (list) list.push(error);
    else byStatus.set(error.status, [error]);
  }
  for (const list of byStatus.values()) {
    list.sort(
      (a, b) => (systemOrder.get(a.system) ?? 0) - (systemOrder.get(b.system) ?? 0) || compareCodes(a.code, b.code),
    );
  }

  return {
    systems,
    errors,
    statuses: distinctStatuses(errors),
    system: (id) => systemById.get(id),
    errorsWithStatus: (status) => byStatus.get(status) ?? [],
  };
}

function distinctStatuses(errors: CatalogError[]): number[] {
  return [...new Set(errors.flatMap((error) => (error.status === null ? [] : [error.status])))].sort((a, b) => a - b);
}
