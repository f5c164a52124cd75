import { Tag } from "@/components/ui/tag";

// The 3x5x2 grading beside every piece of intelligence text, in the forum's notation ("2 B P").
// The visually hidden words say what the code is, since colour carries no meaning on its own.

export function GradingTag({ grading, handlingCode }: { grading: string; handlingCode: "P" | "C" }) {
  return (
    <Tag colour={handlingCode === "C" ? "red" : "blue"} className="captiva-grading">
      <span className="govuk-visually-hidden">Grading </span>
      {grading}
    </Tag>
  );
}
