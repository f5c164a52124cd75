"use client";

import { deferred } from "@/components/forms/deferred-form";

export const ReassignForm = deferred(() => import("./reassign-form").then((m) => m.ReassignForm));
