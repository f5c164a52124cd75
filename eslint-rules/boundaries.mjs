// The house rules about who may import what (ARCHITECTURE.md "House rules"), as one ESLint rule
// so every message names the rule it enforces. Paths are repository-relative with forward slashes.
import path from "node:path";
import { isConfigFile, isTestFile, relativeFile } from "./files.mjs";
import { houseRule } from "./house-rule.mjs";

const DATA_LAYER = /^lib\/[^/]+\/server\//;
const PRISMA_TARGETS = [/^lib\/generated\/prisma(\/|$)/, /^lib\/db\/server\//];
const PRISMA_PACKAGES = new Set(["@prisma/client", "@prisma/adapter-pg"]);
const FIXTURES = [/^prisma\/factories(\/|$)/, /^lib\/testing(\/|$)/];
// The escalation job writes audit rows, notifications and email: it runs from the scheduler and
// its command only, never as a side effect of a page view.
const ESCALATION = /^lib\/action-items\/server\/escalate-overdue-actions(\.ts)?$/;
// Pages are revalidated one way: defineAction's `revalidate` option names them beside the action.
const REVALIDATORS = new Set(["revalidatePath", "revalidateTag"]);
const REVALIDATE_HOME = "lib/actions/define-action.ts";

/** Where Prisma may be imported: the data layer, the database folder, scripts, seed and tests. */
function mayUsePrisma(file) {
  return (
    DATA_LAYER.test(file) ||
    file.startsWith("lib/db/") ||
    file.startsWith("scripts/") ||
    file.startsWith("prisma/") ||
    isConfigFile(file) ||
    isTestFile(file)
  );
}

/** Where test factories may be imported: tests, the seed (prisma/seed, scripts) and the factories. */
function mayUseFixtures(file) {
  return isTestFile(file) || file.startsWith("prisma/") || file.startsWith("scripts/");
}

/** "@/x" and "./x" become a repository path ("lib/x"); packages stay as they are (null path). */
function resolveTarget(spec, file) {
  if (spec.startsWith("@/")) return spec.slice(2);
  if (spec.startsWith(".")) return path.posix.normalize(path.posix.join(path.posix.dirname(file), spec));
  return null;
}

export const messages = {
  prisma:
    "[captiva/prisma-in-data-layer] Prisma ({{target}}) is imported only in lib/<domain>/server/**, lib/db/**, scripts/**, prisma/** and tests. Call a data function instead.",
  enums:
    "[captiva/prisma-in-data-layer] Import the database's enums from @/lib/enums, not from lib/generated (Prisma's territory).",
  componentData:
    "[captiva/no-data-functions-in-components] components/** never imports the data layer ({{target}}): the page calls the data function and passes a DTO. Types go in lib/<domain>/types.ts.",
  clientServer:
    "[captiva/no-server-imports-in-client] A 'use client' file never imports from lib/*/server/** ({{target}}), not even types: move the type to lib/<domain>/types.ts.",
  fixtures:
    "[captiva/no-test-fixtures-in-app] Test factories and helpers ({{target}}) are for tests, the seed and scripts only.",
  revalidate:
    "[captiva/one-way-to-revalidate] {{target}} is called only by lib/actions/define-action.ts: name the pages in the action's `revalidate` option.",
  escalation:
    "[captiva/escalation-from-job-only] The escalation job runs from lib/jobs (the scheduler) and `npm run actions:escalate` only, never from a page, action or component.",
};

const boundaries = houseRule(
  "Import boundaries between pages, components, the data layer and tests.",
  messages,
  (context) => {
    const file = relativeFile(context);
    if (file === null) return {};
    const directives = context.sourceCode.ast.body
      .filter((n) => n.type === "ExpressionStatement" && typeof n.directive === "string")
      .map((n) => n.directive);
    const isClient = directives.includes("use client");

    function check(node, source) {
      if (!source || typeof source.value !== "string") return;
      const spec = source.value;
      const target = resolveTarget(spec, file);
      const report = (messageId) => context.report({ node, messageId, data: { target: spec } });

      if (target === null) {
        if (PRISMA_PACKAGES.has(spec) && !mayUsePrisma(file)) report("prisma");
        if (spec === "next/cache" && file !== REVALIDATE_HOME && !isTestFile(file)) {
          for (const s of node.specifiers ?? []) {
            const name = s.type === "ImportSpecifier" ? s.imported.name : null;
            if (s.type === "ImportNamespaceSpecifier" || REVALIDATORS.has(name))
              context.report({ node, messageId: "revalidate", data: { target: name ?? "next/cache" } });
          }
        }
        return;
      }
      if (target === "lib/generated/prisma/enums") {
        if (file !== "lib/enums.ts" && !mayUsePrisma(file)) report("enums");
      } else if (PRISMA_TARGETS.some((re) => re.test(target)) && !mayUsePrisma(file)) {
        report("prisma");
      }
      if (DATA_LAYER.test(target) && !isTestFile(file)) {
        if (file.startsWith("components/")) report("componentData");
        else if (isClient) report("clientServer");
      }
      if (FIXTURES.some((re) => re.test(target)) && !mayUseFixtures(file)) report("fixtures");
      if (
        ESCALATION.test(target) &&
        !file.startsWith("lib/jobs/") &&
        !file.startsWith("scripts/") &&
        !isTestFile(file)
      )
        report("escalation");
    }

    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source.type === "Literal" ? node.source : null),
    };
  },
);

export default boundaries;
