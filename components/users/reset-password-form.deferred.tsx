"use client";

import { deferred } from "@/components/forms/deferred-form";

export const ResetPasswordForm = deferred(() =>
  import("./reset-password-form").then((m) => m.ResetPasswordForm),
);
