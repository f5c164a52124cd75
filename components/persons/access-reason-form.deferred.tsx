"use client";

import { deferred } from "@/components/forms/deferred-form";

export const AccessReasonForm = deferred(() =>
  import("./access-reason-form").then((m) => m.AccessReasonForm),
);
