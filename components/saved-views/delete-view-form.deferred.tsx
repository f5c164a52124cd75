"use client";

import { deferred } from "@/components/forms/deferred-form";

export const DeleteViewForm = deferred(() => import("./delete-view-form").then((m) => m.DeleteViewForm));
