"use client";

import { deferred } from "@/components/forms/deferred-form";

export const OffenceForm = deferred(() => import("./offence-form").then((m) => m.OffenceForm));
