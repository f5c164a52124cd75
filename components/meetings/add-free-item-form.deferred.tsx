"use client";

import { deferred } from "@/components/forms/deferred-form";

export const AddFreeItemForm = deferred(() => import("./add-free-item-form").then((m) => m.AddFreeItemForm));
