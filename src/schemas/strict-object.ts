import { z } from "astro/zod";
import { unknownKeysMessage } from "../lib/nearest-name";

/**
 * An object that refuses keys it does not know, naming the nearest known one ("has an unknown
 * key `mesage` (did you mean `message`?)"), so a misspelt key is an author error instead of a
 * value dropped silently.
 */
export function strictObject<Shape extends z.ZodRawShape>(shape: Shape, what?: string) {
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === "unrecognized_keys"
        ? unknownKeysMessage(issue.keys, Object.keys(shape))
        : issue.code === "invalid_type" && what
          ? `must be an object of ${what}`
          : undefined,
  });
}
