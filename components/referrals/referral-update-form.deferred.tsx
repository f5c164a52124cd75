"use client";

import { deferred } from "@/components/forms/deferred-form";

export const ReferralUpdateForm = deferred(() =>
  import("./referral-update-form").then((m) => m.ReferralUpdateForm),
);
