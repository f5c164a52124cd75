"use server";

import { defineAction } from "@/lib/actions/define-action";
import { harmWeightSchema } from "@/lib/hotspots/schemas";
import { changeHarmWeight } from "@/lib/hotspots/server/change-harm-weight";

// Every export of a 'use server' file is a public endpoint: only …Action functions live here.

export const changeHarmWeightAction = defineAction({
  name: "harm-weights.change",
  permission: "harm-weights.manage",
  input: harmWeightSchema,
  handler: changeHarmWeight,
  revalidate: () => ["/admin/harm-weights", "/hotspots"],
  idempotent: { href: () => "/admin/harm-weights" },
});
