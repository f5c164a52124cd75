"use client";

import { deferred } from "@/components/forms/deferred-form";

export const AddMemberForm = deferred(() => import("./member-forms").then((m) => m.AddMemberForm));
export const EndMembershipForm = deferred(() => import("./member-forms").then((m) => m.EndMembershipForm));
