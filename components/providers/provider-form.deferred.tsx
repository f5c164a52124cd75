"use client";

import { deferred } from "@/components/forms/deferred-form";

export const ProviderForm = deferred(() => import("./provider-form").then((m) => m.ProviderForm));
