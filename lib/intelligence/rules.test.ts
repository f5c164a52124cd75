import { describe, expect, it } from "vitest";
import {
  conditionsFor,
  formatGrading,
  gradingProblems,
  MISSING_CONDITIONS,
  OUTSIDE_GRADING,
} from "@/lib/intelligence/rules";

describe("formatGrading", () => {
  it.each([
    [{ sourceEvaluation: "S2", assessment: "B", handlingCode: "P" }, "2 B P"],
    [{ sourceEvaluation: "S1", assessment: "E", handlingCode: "C" }, "1 E C"],
  ] as const)("writes %o in the 3x5x2 notation the forum reads, %s", (grading, notation) => {
    expect(formatGrading(grading)).toBe(notation);
  });
});

describe("gradingProblems", () => {
  it("accepts every grading inside 3x5x2", () => {
    expect(gradingProblems({ sourceEvaluation: "S3", assessment: "E", handlingCode: "P" })).toEqual({});
    expect(
      gradingProblems({
        sourceEvaluation: "S1",
        assessment: "A",
        handlingCode: "C",
        handlingConditions: "OIC only",
      }),
    ).toEqual({});
  });
  it("names each part outside 3x5x2", () => {
    expect(gradingProblems({ sourceEvaluation: "S4", assessment: "F", handlingCode: "R" })).toEqual({
      sourceEvaluation: OUTSIDE_GRADING,
      assessment: OUTSIDE_GRADING,
      handlingCode: OUTSIDE_GRADING,
    });
    expect(gradingProblems({ sourceEvaluation: "2", assessment: "B", handlingCode: "P" })).toHaveProperty(
      "sourceEvaluation",
    );
  });
  it("refuses a C code without conditions, blank conditions included", () => {
    expect(gradingProblems({ sourceEvaluation: "S2", assessment: "B", handlingCode: "C" })).toEqual({
      handlingConditions: MISSING_CONDITIONS,
    });
    expect(
      gradingProblems({
        sourceEvaluation: "S2",
        assessment: "B",
        handlingCode: "C",
        handlingConditions: "   ",
      }),
    ).toEqual({
      handlingConditions: MISSING_CONDITIONS,
    });
  });
});

describe("conditionsFor", () => {
  it("keeps trimmed conditions for C and none for P", () => {
    expect(conditionsFor("C", "  OIC only ")).toBe("OIC only");
    expect(conditionsFor("P", "OIC only")).toBeNull();
  });
});
