"use client";

import { deferred } from "@/components/forms/deferred-form";

export const ReassignActionForm = deferred(() =>
  import("./reassign-action-form").then((m) => m.ReassignActionForm),
);
