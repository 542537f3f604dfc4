import { describe, expect, it } from "vitest";
import { HTTP_ERROR_STATUSES, httpStatusInfo, isHttpErrorStatus, statusLabel } from "../../src/lib/http-status";

describe("http-status", () => {
  it("knows the registered error statuses and nothing else", () => {
    expect(isHttpErrorStatus(404)).toBe(true);
    expect(isHttpErrorStatus(429)).toBe(true);
    expect(isHttpErrorStatus(511)).toBe(true);
    for (const status of [200, 302, 399, 419, 499, 512, 600, 4040]) expect(isHttpErrorStatus(status)).toBe(false);
    expect(HTTP_ERROR_STATUSES.every((status) => status >= 400 && status < 600)).toBe(true);
  });

  it("gives reason phrases from RFC 9110", () => {
    expect(statusLabel(413)).toBe("413 Content Too Large");
    expect(statusLabel(422)).toBe("422 Unprocessable Content");
    expect(httpStatusInfo(429).retryable).toBe(true);
    expect(httpStatusInfo(400).retryable).toBe(false);
  });

  it("throws for a status that is not an error", () => {
    expect(() => httpStatusInfo(200)).toThrow(RangeError);
  });
});
