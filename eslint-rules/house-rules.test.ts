import { beforeAll, describe, expect, it } from "vitest";
import { ESLint } from "eslint";

// Each house rule is proved against the repository's own eslint.config.mjs: a violating sample,
// linted under the file name it would have, fails with a message naming the rule; the allowed
// case passes. (The real tree passing is `npm run lint` itself.)

const eslint = new ESLint({ cwd: process.cwd() });

// Loading the config and its plugins takes seconds on a busy machine: once, before the tests.
beforeAll(async () => {
  await eslint.lintText("export {};\n", { filePath: "app/page.tsx" });
}, 120_000);

async function messagesFor(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId?.startsWith("captiva/")).map((m) => m.message);
}

/** The sample, linted as if it were `file`, breaks `rule` (the message names it). */
async function expectRefused(file: string, rule: string, code: string): Promise<void> {
  expect((await messagesFor(file, code)).join("\n"), `${file}: ${code}`).toContain(`[${rule}]`);
}

/** Each sample, linted as if it were `file`, breaks `rule`. */
async function expectEachRefused(file: string, rule: string, samples: string[]): Promise<void> {
  for (const code of samples) await expectRefused(file, rule, code);
}

describe("captiva/prisma-in-data-layer", () => {
  const sample = 'import { getPrisma } from "@/lib/db/server/prisma";\nexport const p = getPrisma;\n';

  it("refuses Prisma in a page, a component and a lib rule file", async () => {
    for (const file of ["app/offences/page.tsx", "components/x/y.tsx", "lib/offences/rules.ts"])
      await expectRefused(file, "captiva/prisma-in-data-layer", sample);
    await expectRefused(
      "app/x/route.ts",
      "captiva/prisma-in-data-layer",
      'import type { PrismaClient } from "@/lib/generated/prisma/client";\nexport type P = PrismaClient;\n',
    );
  });

  it("refuses the generated enums outside lib/enums.ts", async () => {
    const messages = await messagesFor(
      "lib/offences/rules.ts",
      'import type { Role } from "@/lib/generated/prisma/enums";\nexport type R = Role;\n',
    );
    expect(messages.join("\n")).toContain("Import the database's enums from @/lib/enums");
  });

  it("allows Prisma in a data function, lib/db, scripts, the seed, the factories and tests", async () => {
    for (const file of [
      "lib/offences/server/list-offences.ts",
      "lib/db/migrate/x.ts",
      "prisma/seed/seed.ts",
      "scripts/x.ts",
      "prisma/factories/x.ts",
      "lib/offences/server/list-offences.integration.test.ts",
    ]) {
      expect(await messagesFor(file, sample), file).toEqual([]);
    }
  });
});

describe("captiva/no-data-functions-in-components", () => {
  it("refuses a data function, and a type, imported by a component", async () => {
    await expectEachRefused("components/home/x.tsx", "captiva/no-data-functions-in-components", [
      'import { listMyActions } from "@/lib/action-items/server/list-my-actions";\nexport const f = listMyActions;\n',
      'import type { X } from "../../lib/action-items/server/list-my-actions";\nexport type Y = X;\n',
    ]);
  });

  it("allows the page to call it", async () => {
    const messages = await messagesFor(
      "app/x/page.tsx",
      'import { listMyActions } from "@/lib/action-items/server/list-my-actions";\nexport const f = listMyActions;\n',
    );
    expect(messages).toEqual([]);
  });
});

describe("captiva/no-server-imports-in-client", () => {
  it("refuses even a type from lib/*/server in a 'use client' file outside components", async () => {
    await expectRefused(
      "app/x/client-part.tsx",
      "captiva/no-server-imports-in-client",
      '"use client";\nimport type { X } from "@/lib/offences/server/get-offence";\nexport type Y = X;\n',
    );
  });
});

describe("captiva/no-test-fixtures-in-app", () => {
  it("refuses the factories and lib/testing in app, components and lib", async () => {
    for (const [file, spec] of [
      ["lib/reference/hotspots.ts", "@/prisma/factories/random"],
      ["components/x.tsx", "@/lib/testing/actor-for"],
      ["app/page.tsx", "../prisma/factories/create-offence"],
    ] as const)
      await expectRefused(
        file,
        "captiva/no-test-fixtures-in-app",
        `import * as f from "${spec}";\nexport const g = f;\n`,
      );
  });

  it("allows them in tests and the seed", async () => {
    const code = 'import { Rng } from "@/prisma/factories/random";\nexport const r = Rng;\n';
    expect(await messagesFor("lib/x/y.test.ts", code)).toEqual([]);
    expect(await messagesFor("prisma/seed/seed-database.ts", code)).toEqual([]);
  });
});

describe("captiva/escalation-from-job-only", () => {
  it("refuses the escalation job in a page", async () => {
    await expectRefused(
      "app/actions/page.tsx",
      "captiva/escalation-from-job-only",
      'import { escalateOverdueActions } from "@/lib/action-items/server/escalate-overdue-actions";\nexport const e = escalateOverdueActions;\n',
    );
  });
});

describe("captiva/one-way-to-revalidate", () => {
  it("refuses revalidatePath and revalidateTag outside defineAction", async () => {
    await expectEachRefused("app/offences/actions.ts", "captiva/one-way-to-revalidate", [
      'import { revalidatePath } from "next/cache";\nexport const r = revalidatePath;\n',
      'import { revalidateTag as t } from "next/cache";\nexport const r = t;\n',
      'import * as cache from "next/cache";\nexport const r = cache;\n',
    ]);
  });

  it("allows them in defineAction, and next/cache's other exports anywhere", async () => {
    const revalidate = 'import { revalidatePath } from "next/cache";\nexport const r = revalidatePath;\n';
    expect(await messagesFor("lib/actions/define-action.ts", revalidate)).toEqual([]);
    const other = 'import { unstable_noStore } from "next/cache";\nexport const r = unstable_noStore;\n';
    expect(await messagesFor("app/offences/actions.ts", other)).toEqual([]);
  });
});

describe("captiva/env-only-in-lib-env", () => {
  it("refuses process.env, its destructuring and node:process's env outside lib/env.ts", async () => {
    await expectEachRefused("lib/offences/server/list-offences.ts", "captiva/env-only-in-lib-env", [
      "export const u = process.env.DATABASE_URL;\n",
      'export const u = process["env"].X;\n',
      "const { env } = process;\nexport const u = env.X;\n",
      'import { env } from "node:process";\nexport const u = env.X;\n',
    ]);
  });

  it("allows lib/env.ts, scripts, tests and root config files", async () => {
    const code = "export const u = process.env.DATABASE_URL;\n";
    for (const file of [
      "lib/env.ts",
      "scripts/x.ts",
      "lib/x.test.ts",
      "e2e/x/y.spec.ts",
      "playwright.config.ts",
    ])
      expect(await messagesFor(file, code), file).toEqual([]);
  });
});

describe("captiva/use-server-exports-actions", () => {
  const file = "app/offences/actions.ts";
  const header = '"use server";\nimport { defineAction } from "@/lib/actions/define-action";\n';

  it("refuses a helper, a constant, a sync function, a re-export and a default export", async () => {
    await expectEachRefused(
      file,
      "captiva/use-server-exports-actions",
      [
        "export function helper() {}\n",
        "export const LIMIT = 5;\n",
        "export function saveAction() {}\n",
        "export const readAction = () => 1;\n",
        'export { listOffences } from "@/lib/offences/server/list-offences";\n',
        "const x = 1;\nexport { x };\n",
        "export default async function f() {}\n",
        'export * from "./other";\n',
      ].map((code) => header + code),
    );
  });

  it("allows defineAction(…) and async …Action functions and types", async () => {
    const code =
      header +
      "export const saveAction = defineAction({} as never);\n" +
      "export async function signOutAction(): Promise<void> {}\n" +
      "export type SaveState = { ok: boolean };\n";
    expect(await messagesFor(file, code)).toEqual([]);
  });

  it("leaves files without the directive alone", async () => {
    expect(await messagesFor("lib/offences/rules.ts", "export const LIMIT = 5;\n")).toEqual([]);
  });
});
