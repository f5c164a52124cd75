"use client";

import { deferred } from "@/components/forms/deferred-form";

export const EditViewForm = deferred(() => import("./edit-view-form").then((m) => m.EditViewForm));
