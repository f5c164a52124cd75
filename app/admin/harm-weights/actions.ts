"use server";

import { defineAction } from "@/lib/actions/define-action";
import { revalidateStale } from "@/lib/actions/revalidate-after";
import { harmWeightSchema } from "@/lib/hotspots/schemas";
import { changeHarmWeight } from "@/lib/hotspots/server/change-harm-weight";

// Every export of a 'use server' file is a public endpoint: only …Action functions live here.

export const changeHarmWeightAction = defineAction({
  name: "harm-weights.change",
  permission: "harm-weights.manage",
  input: harmWeightSchema,
  handler: async ({ actor, input }) => {
    const result = await changeHarmWeight({ actor, input });
    revalidateStale(["/admin/harm-weights", "/hotspots"]);
    return result;
  },
  idempotent: { href: () => "/admin/harm-weights" },
});
