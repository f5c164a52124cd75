"use server";

import { defineAction } from "@/lib/actions/define-action";
import { AppError } from "@/lib/errors";
import {
  addFreeItemSchema,
  agendaItemStateSchema,
  annotateAgendaItemSchema,
  bulkAgendaItemsSchema,
  promoteOffenceSchema,
  meetingRefSchema,
  moveAgendaItemSchema,
} from "@/lib/meetings/schemas";
import { addFreeAgendaItem } from "@/lib/meetings/server/add-free-agenda-item";
import { bulkUpdateAgendaItems } from "@/lib/meetings/server/bulk-update-agenda-items";
import { promoteOffence } from "@/lib/meetings/server/promote-offence";
import { generateAgendaPack } from "@/lib/meetings/server/generate-agenda-pack";
import { moveAgendaItem } from "@/lib/meetings/server/move-agenda-item";
import { publishAgendaPack } from "@/lib/meetings/server/publish-agenda-pack";
import { reopenAgendaPack } from "@/lib/meetings/server/reopen-agenda-pack";
import { updateAgendaItem } from "@/lib/meetings/server/update-agenda-item";

// The pack editor's endpoints. Every export of a 'use server' file is public: only …Action
// functions live here, and each data function checks the permission again.

// Every change to a pack shows on the meeting list and all of the meeting's pages.
const MEETINGS = { layout: "/meetings" };

export const generateAgendaPackAction = defineAction({
  name: "meetings.generate-pack",
  permission: "meetings.prepare",
  input: meetingRefSchema,
  handler: ({ actor, input }) => generateAgendaPack({ actor, meetingId: input.meetingId }),
  revalidate: () => [MEETINGS],
});

export const annotateAgendaItemAction = defineAction({
  name: "meetings.annotate-item",
  permission: "meetings.prepare",
  input: annotateAgendaItemSchema,
  handler: ({ actor, input: { itemId, version, annotation } }) =>
    updateAgendaItem({ actor, itemId, version, change: { annotation } }),
  revalidate: () => [MEETINGS],
});

export const setAgendaItemRemovedAction = defineAction({
  name: "meetings.remove-item",
  permission: "meetings.prepare",
  input: agendaItemStateSchema,
  handler: ({ actor, input: { itemId, version, removed } }) =>
    updateAgendaItem({ actor, itemId, version, change: { removed } }),
  revalidate: () => [MEETINGS],
});

export const moveAgendaItemAction = defineAction({
  name: "meetings.move-item",
  permission: "meetings.prepare",
  input: moveAgendaItemSchema,
  handler: ({ actor, input }) => moveAgendaItem({ actor, ...input }),
  revalidate: () => [MEETINGS],
});

export const promoteOffenceAction = defineAction({
  name: "meetings.promote-offence",
  permission: "meetings.prepare",
  input: promoteOffenceSchema,
  handler: ({ actor, input }) => promoteOffence({ actor, ...input }),
  revalidate: () => [MEETINGS],
});

export const bulkAgendaItemsAction = defineAction({
  name: "meetings.bulk-items",
  permission: "meetings.prepare",
  input: bulkAgendaItemsSchema,
  handler: async ({ actor, input }) => {
    const { meetingId, items, operation, section } = input;
    if (operation === "move" && !section) {
      throw new AppError("VALIDATION", {
        message: "Choose the section to move the items to.",
        fieldErrors: { section: ["Choose the section to move the items to"] },
      });
    }
    return operation === "move"
      ? bulkUpdateAgendaItems({ actor, meetingId, items, operation, section: section! })
      : bulkUpdateAgendaItems({ actor, meetingId, items, operation });
  },
  revalidate: () => [MEETINGS],
});

export const addFreeAgendaItemAction = defineAction({
  name: "meetings.add-item",
  permission: "meetings.prepare",
  input: addFreeItemSchema,
  handler: ({ actor, input }) => addFreeAgendaItem({ actor, ...input }),
  revalidate: () => [MEETINGS],
  idempotent: { href: (_data, input) => `/meetings/${input.meetingId}` },
});

export const publishAgendaPackAction = defineAction({
  name: "meetings.publish-pack",
  permission: "meetings.publish",
  input: meetingRefSchema,
  handler: ({ actor, input }) => publishAgendaPack({ actor, meetingId: input.meetingId }),
  revalidate: () => [MEETINGS],
});

export const reopenAgendaPackAction = defineAction({
  name: "meetings.reopen-pack",
  permission: "meetings.prepare",
  input: meetingRefSchema,
  handler: ({ actor, input }) => reopenAgendaPack({ actor, meetingId: input.meetingId }),
  revalidate: () => [MEETINGS],
});
