import type { CatalogProblem } from "./catalog-problem";
import type { ErrorInput, SystemInput } from "./catalog-model";
import { codeToSlug, isSlug } from "./slug";
import { RESERVED_SYSTEM_IDS } from "./urls";

/**
 * Checks what no single file's schema can: that errors fit their system (folder, code scheme,
 * category, status, fields), that codes and slugs are unique, and that references resolve.
 * Returns every problem found, in file order; an empty list means the catalog is sound.
 */
export function validateCatalog(systems: SystemInput[], errors: ErrorInput[]): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  const systemById = new Map(systems.map((system) => [system.id, system]));

  for (const system of systems) problems.push(...checkSystem(system));

  const codes = new Map<string, ErrorInput>();
  const slugs = new Map<string, ErrorInput>();
  for (const error of errors) {
    const [systemId = "", fileName = "", ...deeper] = error.id.split("/");
    const system = systemById.get(systemId);
    const known = [...systemById.keys()].sort().join(", ");
    if (!fileName || deeper.length > 0) {
      problems.push({
        file: error.filePath,
        message: "error files must sit directly in the folder of their system.",
        fix: `move it to content/errors/<system>/<slug>.md, where <system> is one of: ${known}.`,
      });
      continue;
    }
    if (!system) {
      problems.push({
        file: error.filePath,
        message: `the folder "${systemId}" is not a system: there is no content/systems/${systemId}.yaml.`,
        fix: `move the file into the folder of one of the systems (${known}), or add the system as content/systems/${systemId}.yaml.`,
      });
      continue;
    }
    const { data } = error;
    const slug = data.slug ?? codeToSlug(data.code);
    const fileSlug = fileName.replace(/\.mdx?$/, "");

    if (!slug) {
      problems.push({
        file: error.filePath,
        field: "code",
        message: `"${data.code}" has no letters or digits, so it cannot have a URL.`,
        fix: "use the code exactly as the API emits it, or set `slug` to a readable URL segment.",
      });
    } else if (fileSlug !== slug) {
      problems.push({
        file: error.filePath,
        field: data.slug ? "slug" : "code",
        message: `the file name "${fileName}" does not match the ${data.slug ? "slug" : "code"}: "${data.slug ?? data.code}" is published at /${systemId}/${slug}/.`,
        fix: `rename the file to ${slug}${fileName.endsWith(".mdx") ? ".mdx" : ".md"}, or correct \`${data.slug ? "slug" : "code"}\`.`,
      });
    }

    const codeKey = `${systemId}/${data.code}`;
    const sameCode = codes.get(codeKey);
    if (sameCode) {
      problems.push({
        file: error.filePath,
        field: "code",
        message: `"${data.code}" is already the code of ${sameCode.filePath}; a code belongs to one error per system.`,
        fix: "keep one file per code: merge the two files, or correct the code in one of them.",
      });
    } else {
      codes.set(codeKey, error);
    }
    const slugKey = `${systemId}/${slug}`;
    const sameSlug = slugs.get(slugKey);
    if (sameSlug && sameSlug.data.code !== data.code) {
      problems.push({
        file: error.filePath,
        field: data.slug ? "slug" : "code",
        message: `the URL /${systemId}/${slug}/ is already claimed by ${sameSlug.filePath} (code "${sameSlug.data.code}").`,
        fix: "give one of the two errors an explicit `slug` (never change a slug that is already published).",
      });
    } else if (!sameSlug) {
      slugs.set(slugKey, error);
    }

    const scheme = system.data.codeScheme;
    if (!new RegExp(`^(?:${scheme.pattern})$`).test(data.code)) {
      problems.push({
        file: error.filePath,
        field: "code",
        message: `"${data.code}" does not fit the code scheme of ${system.data.name}: ${scheme.description}.`,
        fix: `correct the code, or widen codeScheme.pattern in ${system.filePath} if the system really emits such codes.`,
      });
    }

    const category = system.data.categories.find((candidate) => candidate.id === data.category);
    if (!category) {
      problems.push({
        file: error.filePath,
        field: "category",
        message: `"${data.category}" is not a category of ${system.data.name}.`,
        fix: `use one of ${system.data.categories.map((c) => c.id).join(", ")}, or declare it under \`categories\` in ${system.filePath}.`,
      });
    } else if (category.range && scheme.kind === "numeric") {
      const number = Number(data.code);
      if (!(number >= category.range.from && number <= category.range.to)) {
        problems.push({
          file: error.filePath,
          field: "category",
          message: `code ${data.code} lies outside the range of category "${category.id}" (${category.range.from}-${category.range.to}).`,
          fix: `choose the category whose range holds ${data.code}, or change the range in ${system.filePath}.`,
        });
      }
    }

    const transport = system.data.response.transport;
    if (transport === "http" && data.status === undefined) {
      problems.push({
        file: error.filePath,
        field: "status",
        message: `is missing: ${system.data.name} sends its errors over HTTP, so each has an HTTP status.`,
        fix: "add the status the API responds with, e.g. `status: 404`; if its documents do not state one, write `status: null`.",
      });
    } else if (transport !== "http" && data.status != null) {
      problems.push({
        file: error.filePath,
        field: "status",
        message: `${system.data.name} sends its errors over ${transport.toUpperCase()}, which has no HTTP status.`,
        fix: "remove `status`.",
      });
    }

    const declaredFields = new Set(system.data.response.fields.map((field) => field.name));
    for (const name of Object.keys(data.fields)) {
      if (!declaredFields.has(name)) {
        problems.push({
          file: error.filePath,
          field: `fields.${name}`,
          message: `${system.data.name}'s responses have no field "${name}".`,
          fix: `use one of ${[...declaredFields].join(", ") || "(none declared)"}, or declare the field under response.fields in ${system.filePath}.`,
        });
      }
    }
  }

  problems.push(...checkRelated(errors, systemById, codes));
  return problems;
}

function checkSystem(system: SystemInput): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  if (!isSlug(system.id)) {
    problems.push({
      file: system.filePath,
      message: `the file name "${system.id}" is not a valid system id; it becomes the first segment of every URL of the system.`,
      fix: `rename the file to lower-case words joined by hyphens, e.g. ${codeToSlug(system.id) || "my-system"}.yaml.`,
    });
  }
  if (RESERVED_SYSTEM_IDS.includes(system.id)) {
    problems.push({
      file: system.filePath,
      message: `"${system.id}" is reserved for the site's own pages (${RESERVED_SYSTEM_IDS.join(", ")}).`,
      fix: "rename the file to another id.",
    });
  }
  const seen = new Set<string>();
  system.data.categories.forEach((category, index) => {
    if (seen.has(category.id)) {
      problems.push({
        file: system.filePath,
        field: `categories[${index}].id`,
        message: `"${category.id}" is declared twice.`,
        fix: "give each category its own id.",
      });
    }
    seen.add(category.id);
    if (category.range && system.data.codeScheme.kind !== "numeric") {
      problems.push({
        file: system.filePath,
        field: `categories[${index}].range`,
        message: "ranges apply to numeric codes only, and this system's codeScheme.kind is not numeric.",
        fix: "remove the range, or set codeScheme.kind to numeric.",
      });
    }
  });
  const ranged = system.data.categories
    .map((category, index) => ({ category, index }))
    .filter(({ category }) => category.range)
    .sort((a, b) => a.category.range!.from - b.category.range!.from);
  for (let i = 1; i < ranged.length; i++) {
    const previous = ranged[i - 1]!;
    const current = ranged[i]!;
    if (current.category.range!.from <= previous.category.range!.to) {
      problems.push({
        file: system.filePath,
        field: `categories[${current.index}].range`,
        message: `overlaps the range of "${previous.category.id}" (${previous.category.range!.from}-${previous.category.range!.to}).`,
        fix: "make the ranges disjoint, so each code belongs to exactly one category.",
      });
    }
  }
  return problems;
}

function checkRelated(
  errors: ErrorInput[],
  systemById: Map<string, SystemInput>,
  codes: Map<string, ErrorInput>,
): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  for (const error of errors) {
    const systemId = error.id.split("/")[0] ?? "";
    if (!systemById.has(systemId)) continue;
    const references = error.data.related.map((reference, index) => ({ reference, field: `related[${index}]` }));
    const replacement = error.data.lifecycle.replacedBy;
    if (replacement) references.push({ reference: replacement, field: "lifecycle.replacedBy" });
    references.forEach(({ reference, field }) => {
      const key = reference.includes("/") ? reference : `${systemId}/${reference}`;
      if (key === `${systemId}/${error.data.code}`) {
        problems.push({
          file: error.filePath,
          field,
          message: "an error cannot be related to itself.",
          fix: `remove "${reference}".`,
        });
      } else if (!codes.has(key)) {
        const [targetSystem = ""] = key.split("/");
        problems.push({
          file: error.filePath,
          field,
          message: systemById.has(targetSystem)
            ? `"${reference}" is not a code of ${systemById.get(targetSystem)!.data.name}.`
            : `"${reference}" names the system "${targetSystem}", which does not exist.`,
          fix: "name an existing error: a code of the same system, or <system>/<code> for another system.",
        });
      }
    });
  }
  return problems;
}
