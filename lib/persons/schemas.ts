import { z } from "zod";
import { requiredText } from "@/lib/text/required-text";
import { NPU_NAMES } from "@/lib/reference/npus";
import { dbDateOf, todayInUk } from "@/lib/dates/day";
import { dayPartsField } from "@/lib/dates/day-schema";
import { dateOfBirthProblem } from "@/lib/persons/rules";
import { recordIdSchema as id } from "@/lib/ids/record-id";
import { PERSON_ROLES, MERGE_FIELDS } from "@/lib/persons/form-fields";

export * from "@/lib/persons/form-fields";

// Schemas for named persons, shared by the forms (zodResolver) and the server actions. Client-safe.

export const GENDERS = ["FEMALE", "MALE", "OTHER", "UNKNOWN"] as const;
export const NAME_MAX = 100;

const dateOfBirth = dayPartsField("date of birth", { optional: true }).superRefine((iso, ctx) => {
  if (!iso) return;
  const problem = dateOfBirthProblem(dbDateOf(iso), dbDateOf(todayInUk()));
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});

const surname = requiredText(NAME_MAX, "Enter the surname", "Surname");
const forenames = z
  .string()
  .trim()
  .max(NAME_MAX, `Forenames must be ${NAME_MAX} characters or fewer`)
  .default("");
const role = z.enum(PERSON_ROLES, "Select the person's role in this offence");

/** Find before create: what the analyst knows about the person. */
export const personSearchSchema = z.object({ surname, forenames, dateOfBirth });
export type PersonSearchInput = z.output<typeof personSearchSchema>;

export const addPersonToOffenceSchema = z.object({ offenceId: id, personId: id, role });
export type AddPersonToOffenceInput = z.output<typeof addPersonToOffenceSchema>;

export const createPersonSchema = z.object({
  offenceId: id,
  role,
  surname,
  forenames,
  dateOfBirth,
  gender: z.enum(GENDERS, "Select the person's gender"),
  npu: z
    .union(
      [z.enum(NPU_NAMES as [string, ...string[]]), z.literal("")],
      "Select the neighbourhood policing unit",
    )
    .default(""),
  vulnerable: z.enum(["yes", "no"], "Select yes if the person is vulnerable"),
});
export type CreatePersonValues = z.input<typeof createPersonSchema>;
export type CreatePersonInput = z.output<typeof createPersonSchema>;

export type MergeField = (typeof MERGE_FIELDS)[number];
const side = z.enum(["a", "b"]);

export const mergePersonsSchema = z.object({
  a: id,
  b: id,
  versionA: id,
  versionB: id,
  survivor: z.enum(["a", "b"], "Select which record to keep"),
  surname: side,
  forenames: side,
  dateOfBirth: side,
  gender: side,
  npuId: side,
  vulnerable: side,
});
export type MergePersonsInput = z.output<typeof mergePersonsSchema>;

export const undoPersonMergeSchema = z.object({ mergeId: id });
