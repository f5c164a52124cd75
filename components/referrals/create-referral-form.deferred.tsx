"use client";

import { deferred } from "@/components/forms/deferred-form";

export const CreateReferralForm = deferred(() =>
  import("./create-referral-form").then((m) => m.CreateReferralForm),
);
