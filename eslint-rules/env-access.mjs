// Only lib/env.ts reads the environment (validated with zod), so every setting has one name, one
// default and one error message. Scripts, tests, e2e tooling and root config files run outside the
// app and may read it directly; instrumentation.ts reads NEXT_RUNTIME, which Next inlines at build
// time and which must stay a literal `process.env.NEXT_RUNTIME` for that.
import { isConfigFile, isTestFile, relativeFile } from "./files.mjs";
import { houseRule } from "./house-rule.mjs";

const ALLOWED = new Set(["lib/env.ts", "instrumentation.ts"]);

function mayReadEnv(file) {
  return ALLOWED.has(file) || file.startsWith("scripts/") || isConfigFile(file) || isTestFile(file);
}

const envAccess = houseRule(
  "process.env is read only in lib/env.ts.",
  {
    env: "[captiva/env-only-in-lib-env] Read settings from lib/env.ts (validated), not process.env.",
  },
  (context) => {
    const file = relativeFile(context);
    if (file === null || mayReadEnv(file)) return {};
    const isEnv = (p) =>
      (p.type === "Identifier" && p.name === "env") || (p.type === "Literal" && p.value === "env");
    return {
      MemberExpression(node) {
        if (node.object.type === "Identifier" && node.object.name === "process" && isEnv(node.property))
          context.report({ node, messageId: "env" });
      },
      // const { env } = process
      VariableDeclarator(node) {
        if (
          node.init?.type === "Identifier" &&
          node.init.name === "process" &&
          node.id.type === "ObjectPattern" &&
          node.id.properties.some((p) => p.type === "Property" && isEnv(p.key))
        )
          context.report({ node, messageId: "env" });
      },
      // import { env } from "node:process"
      ImportDeclaration(node) {
        if (
          (node.source.value === "process" || node.source.value === "node:process") &&
          node.specifiers.some((s) => s.type === "ImportSpecifier" && isEnv(s.imported))
        )
          context.report({ node, messageId: "env" });
      },
    };
  },
);

export default envAccess;
