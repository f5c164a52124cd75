"use client";

import { deferred } from "@/components/forms/deferred-form";

export const LinkOffenceForm = deferred(() => import("./link-offence-form").then((m) => m.LinkOffenceForm));
