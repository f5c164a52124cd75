"use client";

import { deferred } from "@/components/forms/deferred-form";

export const AddUpdateForm = deferred(() => import("./add-update-form").then((m) => m.AddUpdateForm));
