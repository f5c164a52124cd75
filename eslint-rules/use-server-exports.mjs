// Every export of a 'use server' file is a public endpoint anyone can POST to. So such a file
// exports only `…Action` functions: `export const fooAction = defineAction({...})` (the wrapper
// checks actor, permission and input) or `export async function fooAction(...)`. Types are erased
// and allowed. Anything else (a helper, a constant, a re-export, a default export) is refused.
import { houseRule } from "./house-rule.mjs";

const useServerExports = houseRule(
  "'use server' files export only async …Action functions.",
  {
    notAction:
      "[captiva/use-server-exports-actions] A 'use server' file exports only async …Action functions; `{{name}}` {{why}}. Move it to another file.",
  },
  (context) => {
    const body = context.sourceCode.ast.body;
    const isUseServer = body.some((n) => n.type === "ExpressionStatement" && n.directive === "use server");
    if (!isUseServer) return {};

    const report = (node, name, why) => context.report({ node, messageId: "notAction", data: { name, why } });
    const isActionName = (name) => /^[a-z][A-Za-z0-9]*Action$/.test(name);
    const isActionValue = (init) =>
      !!init &&
      (((init.type === "ArrowFunctionExpression" || init.type === "FunctionExpression") && init.async) ||
        (init.type === "CallExpression" &&
          init.callee.type === "Identifier" &&
          init.callee.name === "defineAction"));

    return {
      ExportDefaultDeclaration: (node) => report(node, "default", "is a default export"),
      ExportAllDeclaration: (node) => report(node, "*", "re-exports another module"),
      ExportNamedDeclaration(node) {
        if (node.exportKind === "type") return;
        const decl = node.declaration;
        if (!decl) {
          for (const s of node.specifiers) {
            if (s.exportKind === "type") continue;
            const name = s.exported.name ?? s.exported.value;
            if (node.source) report(s, name, "re-exports another module");
            else if (!isActionName(name)) report(s, name, "is not named …Action");
          }
          return;
        }
        if (decl.type === "TSTypeAliasDeclaration" || decl.type === "TSInterfaceDeclaration") return;
        if (decl.type === "FunctionDeclaration") {
          const name = decl.id?.name ?? "function";
          if (!isActionName(name)) report(decl, name, "is not named …Action");
          else if (!decl.async) report(decl, name, "is not async");
          return;
        }
        if (decl.type === "VariableDeclaration") {
          for (const d of decl.declarations) {
            const name = d.id.type === "Identifier" ? d.id.name : "destructured";
            if (!isActionName(name)) report(d, name, "is not named …Action");
            else if (!isActionValue(d.init)) report(d, name, "is not defineAction(…) or an async function");
          }
          return;
        }
        report(decl, decl.id?.name ?? decl.type, "is not a function");
      },
    };
  },
);

export default useServerExports;
