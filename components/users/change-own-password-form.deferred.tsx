"use client";

import { deferred } from "@/components/forms/deferred-form";

export const ChangeOwnPasswordForm = deferred(() =>
  import("./change-own-password-form").then((m) => m.ChangeOwnPasswordForm),
);
