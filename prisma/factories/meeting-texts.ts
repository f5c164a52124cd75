// Wording for the synthetic forum minutes. {ref}, {age} and {npu} are filled per offence.

export const DECISION_TEMPLATES: readonly { text: string; rationale: string }[] = [
  {
    text: "Adopt {ref} as a Captiva Guardian priority investigation, with daily review by the DI.",
    rationale: "Knife used against a victim aged {age}; suspect outstanding and a real risk of retaliation.",
  },
  {
    text: "Fast-track forensic examination of the recovered blade in {ref}.",
    rationale: "An early forensic result is the quickest route to identifying the suspect.",
  },
  {
    text: "Refer the victim in {ref} to a reachable-moment service.",
    rationale:
      "Victim aged {age} is associating with a street group in {npu}; the hospital stay is a reachable moment.",
  },
  {
    text: "Reallocate {ref} to the SYV taskforce for suspect management.",
    rationale: "No arrest after 28 days and intelligence that the suspect still carries a blade.",
  },
  {
    text: "Ask the partnership to confirm engagement for the young person in {ref}.",
    rationale: "Engagement in the first fortnight is the best predictor of completion.",
  },
  {
    text: "Commission a hotspot problem profile for {npu}.",
    rationale: "Third knife-enabled offence in the same hotspot this period.",
  },
];

export const ACTION_TEMPLATES: readonly string[] = [
  "Arrest the outstanding suspect for {ref}",
  "Submit the recovered blade in {ref} for fast-track examination",
  "Produce a hotspot profile for {npu} for the next meeting",
  "Review the lines of enquiry in {ref} with the DI",
  // Owned by the partner (build-meetings.ts): partners never see case data, so no crime reference.
  "Confirm the referred young person has engaged with the intervention",
  "Arrange a weapons sweep near the scene of {ref}",
];

export function fill(template: string, facts: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => facts[key] ?? "");
}
