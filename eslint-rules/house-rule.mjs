// What every house rule is to ESLint: a problem, with no options, whose messages start with the
// rule's name (house-rules.test.ts looks for it there).

/**
 * @param {string} description
 * @param {Record<string, string>} messages
 * @param {import("eslint").Rule.RuleModule["create"]} create
 * @returns {import("eslint").Rule.RuleModule}
 */
export function houseRule(description, messages, create) {
  return { meta: { type: "problem", docs: { description }, schema: [], messages }, create };
}
