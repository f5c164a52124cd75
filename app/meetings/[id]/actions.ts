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
const packPages = () => [{ layout: "/meetings" }];
// Preparing the pack (everything here but publishing it) needs meetings.prepare.
const packChange = { permission: "meetings.prepare", revalidate: packPages } as const;

export const generateAgendaPackAction = defineAction({
  ...packChange,
  name: "meetings.generate-pack",
  input: meetingRefSchema,
  handler: ({ actor, input }) => generateAgendaPack({ actor, meetingId: input.meetingId }),
});

export const annotateAgendaItemAction = defineAction({
  ...packChange,
  name: "meetings.annotate-item",
  input: annotateAgendaItemSchema,
  handler: ({ actor, input: { itemId, version, annotation } }) =>
    updateAgendaItem({ actor, itemId, version, change: { annotation } }),
});

export const setAgendaItemRemovedAction = defineAction({
  ...packChange,
  name: "meetings.remove-item",
  input: agendaItemStateSchema,
  handler: ({ actor, input: { itemId, version, removed } }) =>
    updateAgendaItem({ actor, itemId, version, change: { removed } }),
});

export const moveAgendaItemAction = defineAction({
  ...packChange,
  name: "meetings.move-item",
  input: moveAgendaItemSchema,
  handler: ({ actor, input }) => moveAgendaItem({ actor, ...input }),
});

export const promoteOffenceAction = defineAction({
  ...packChange,
  name: "meetings.promote-offence",
  input: promoteOffenceSchema,
  handler: ({ actor, input }) => promoteOffence({ actor, ...input }),
});

export const bulkAgendaItemsAction = defineAction({
  ...packChange,
  name: "meetings.bulk-items",
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
});

export const addFreeAgendaItemAction = defineAction({
  ...packChange,
  name: "meetings.add-item",
  input: addFreeItemSchema,
  handler: ({ actor, input }) => addFreeAgendaItem({ actor, ...input }),
  idempotent: { href: (_data, input) => `/meetings/${input.meetingId}` },
});

export const publishAgendaPackAction = defineAction({
  name: "meetings.publish-pack",
  permission: "meetings.publish",
  input: meetingRefSchema,
  handler: ({ actor, input }) => publishAgendaPack({ actor, meetingId: input.meetingId }),
  revalidate: packPages,
});

export const reopenAgendaPackAction = defineAction({
  ...packChange,
  name: "meetings.reopen-pack",
  input: meetingRefSchema,
  handler: ({ actor, input }) => reopenAgendaPack({ actor, meetingId: input.meetingId }),
});
