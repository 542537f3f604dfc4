import { describe, expect, it } from "vitest";
import { buildExampleResponse } from "../../src/lib/example-response";
import { errorSchema } from "../../src/schemas/error";
import { responseSchema } from "../../src/schemas/system";

const url = "https://errors.example.com/data-manager/2202/";

function example(
  template: Record<string, unknown>,
  link: { pointer: string; documented: boolean },
  error: Record<string, unknown>,
) {
  const data = errorSchema.parse({ title: "Missing property in query string", category: "syntax", ...error });
  return buildExampleResponse(
    responseSchema.parse({ documented: true, template, link }),
    { code: data.code, status: data.status ?? null, title: data.title, message: data.message ?? null, data },
    url,
  );
}

describe("buildExampleResponse", () => {
  it("fills a problem+json template, numeric code and HAL link included", () => {
    expect(
      example(
        {
          status: "$status",
          code: "$code:number",
          title: "$title",
          type: "$url",
          detail: "$field:detail",
          verbose: "$field:verbose",
          _links: { describedby: { title: "Error Description", href: "$url" } },
        },
        { pointer: "/type", documented: true },
        { code: "2202", status: 400, fields: { detail: "the property that is missing" } },
      ),
    ).toEqual({
      status: 400,
      code: 2202,
      title: "Missing property in query string",
      type: url,
      detail: "<the property that is missing>",
      _links: { describedby: { title: "Error Description", href: url } },
    });
  });

  it("adds the page URL at the link pointer when the template lacks it", () => {
    expect(
      example(
        { error: { status: "$status", message: "$message", code: "$code" } },
        { pointer: "/error/doc_url", documented: false },
        { code: "EmailAlreadyExists", status: 409, message: "This email is already in use, please try another one." },
      ),
    ).toEqual({
      error: {
        status: 409,
        message: "This email is already in use, please try another one.",
        code: "EmailAlreadyExists",
        doc_url: url,
      },
    });
  });

  it("sends apiCode as the code, keeps literal values, and falls back to the title for $message", () => {
    expect(
      example(
        { status: "error", error_code: "$code", message: "$message" },
        { pointer: "/doc_url", documented: false },
        { code: "validation-field-is-not-nullable", apiCode: "VALIDATION_ERROR", title: "Field 'X' is not nullable" },
      ),
    ).toEqual({
      status: "error",
      error_code: "VALIDATION_ERROR",
      message: "Field 'X' is not nullable",
      doc_url: url,
    });
  });

  it("leaves out a status the error does not have", () => {
    expect(
      example({ status: "$status", code: "$code" }, { pointer: "/type", documented: false }, { code: "NOT_FOUND" }),
    ).toEqual({
      code: "NOT_FOUND",
      type: url,
    });
  });
});
