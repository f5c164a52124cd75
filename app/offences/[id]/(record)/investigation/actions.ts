"use server";

import { defineAction } from "@/lib/actions/define-action";
import {
  addInvestigationUpdateSchema,
  reassignInvestigationSchema,
  updateInvestigationSchema,
} from "@/lib/investigations/schemas";
import { updateInvestigation } from "@/lib/investigations/server/update-investigation";
import { addInvestigationUpdate } from "@/lib/investigations/server/add-investigation-update";
import { reassignInvestigation } from "@/lib/investigations/server/reassign-investigation";

// Every export of a 'use server' file is a public endpoint: only …Action functions live here. The
// data functions check the permission again and enforce the row rule (officer in charge) themselves.

// The header's status badge lives in the layout, so the whole record is revalidated.
const recordPages = (saved: { offenceId: number }) => [{ layout: `/offences/${saved.offenceId}` }];

export const updateInvestigationAction = defineAction({
  name: "investigations.update",
  permission: "investigations.update.own",
  input: updateInvestigationSchema,
  handler: updateInvestigation,
  revalidate: recordPages,
});

export const addInvestigationUpdateAction = defineAction({
  name: "investigations.add-update",
  permission: "investigations.update.own",
  input: addInvestigationUpdateSchema,
  handler: addInvestigationUpdate,
  revalidate: recordPages,
  idempotent: { href: (data) => `/offences/${data.offenceId}/investigation` },
});

export const reassignInvestigationAction = defineAction({
  name: "investigations.reassign",
  permission: "investigations.reassign",
  input: reassignInvestigationSchema,
  handler: reassignInvestigation,
  revalidate: recordPages,
});
