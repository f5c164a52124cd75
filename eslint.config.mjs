import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import captiva from "./eslint-rules/plugin.mjs";

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  {
    rules: {
      // Unused code is an error here, not a warning: `npm run lint` runs with --max-warnings 0 anyway.
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_" },
      ],
    },
  },
  {
    // The house rules (ARCHITECTURE.md "House rules"); eslint-rules/*.test.ts prove each one fires.
    plugins: { captiva },
    rules: {
      "captiva/boundaries": "error",
      "captiva/env-access": "error",
      "captiva/use-server-exports": "error",
    },
  },
  globalIgnores([
    ".next/**",
    ".next-*/**",
    "out/**",
    "build/**",
    "next-env.d.ts",
    "lib/generated/**",
    ".data/**",
    ".test-data/**",
    "node_modules/**",
    "playwright-report/**",
    "test-results/**",
    "public/**",
    "**/*.tmp.ts",
  ]),
]);
