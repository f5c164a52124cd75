// The house rules as ESLint rules (issue 19): each message starts with the rule's name.
import boundaries from "./boundaries.mjs";
import envAccess from "./env-access.mjs";
import useServerExports from "./use-server-exports.mjs";

const plugin = {
  meta: { name: "captiva" },
  rules: {
    boundaries,
    "env-access": envAccess,
    "use-server-exports": useServerExports,
  },
};

export default plugin;
