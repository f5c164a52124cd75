import { z } from "zod";

/**
 * A select whose option values are numbers, with "" for none: null for none, the number when
 * `accept` takes the text, else `message` (a value the list never offered: only a hand-made
 * request sends one).
 */
export function optionalChoice(maxLength: number, accept: (text: string) => number | null, message: string) {
  return z
    .string()
    .trim()
    .max(maxLength)
    .transform((value, ctx) => {
      if (value === "") return null;
      const choice = accept(value);
      if (choice !== null) return choice;
      ctx.addIssue({ code: "custom", message });
      return z.NEVER;
    });
}
