"use server";

import { revalidatePath } from "next/cache";
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

const refresh = () => revalidatePath("/meetings", "layout");

export const generateAgendaPackAction = defineAction({
  name: "meetings.generate-pack",
  permission: "meetings.prepare",
  input: meetingRefSchema,
  handler: async ({ actor, input }) => {
    const result = await generateAgendaPack({ actor, meetingId: input.meetingId });
    refresh();
    return result;
  },
});

export const annotateAgendaItemAction = defineAction({
  name: "meetings.annotate-item",
  permission: "meetings.prepare",
  input: annotateAgendaItemSchema,
  handler: async ({ actor, input }) => {
    const result = await updateAgendaItem({
      actor,
      itemId: input.itemId,
      version: input.version,
      change: { annotation: input.annotation },
    });
    refresh();
    return result;
  },
});

export const setAgendaItemRemovedAction = defineAction({
  name: "meetings.remove-item",
  permission: "meetings.prepare",
  input: agendaItemStateSchema,
  handler: async ({ actor, input }) => {
    const result = await updateAgendaItem({
      actor,
      itemId: input.itemId,
      version: input.version,
      change: { removed: input.removed },
    });
    refresh();
    return result;
  },
});

export const moveAgendaItemAction = defineAction({
  name: "meetings.move-item",
  permission: "meetings.prepare",
  input: moveAgendaItemSchema,
  handler: async ({ actor, input }) => {
    const result = await moveAgendaItem({ actor, ...input });
    refresh();
    return result;
  },
});

export const promoteOffenceAction = defineAction({
  name: "meetings.promote-offence",
  permission: "meetings.prepare",
  input: promoteOffenceSchema,
  handler: async ({ actor, input }) => {
    const result = await promoteOffence({ actor, ...input });
    refresh();
    return result;
  },
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
    const result =
      operation === "move"
        ? await bulkUpdateAgendaItems({ actor, meetingId, items, operation, section: section! })
        : await bulkUpdateAgendaItems({ actor, meetingId, items, operation });
    refresh();
    return result;
  },
});

export const addFreeAgendaItemAction = defineAction({
  name: "meetings.add-item",
  permission: "meetings.prepare",
  input: addFreeItemSchema,
  handler: async ({ actor, input }) => {
    const result = await addFreeAgendaItem({ actor, ...input });
    refresh();
    return result;
  },
  idempotent: { href: (_data, input) => `/meetings/${input.meetingId}` },
});

export const publishAgendaPackAction = defineAction({
  name: "meetings.publish-pack",
  permission: "meetings.publish",
  input: meetingRefSchema,
  handler: async ({ actor, input }) => {
    const result = await publishAgendaPack({ actor, meetingId: input.meetingId });
    refresh();
    return result;
  },
});

export const reopenAgendaPackAction = defineAction({
  name: "meetings.reopen-pack",
  permission: "meetings.prepare",
  input: meetingRefSchema,
  handler: async ({ actor, input }) => {
    const result = await reopenAgendaPack({ actor, meetingId: input.meetingId });
    refresh();
    return result;
  },
});
