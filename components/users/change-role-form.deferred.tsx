"use client";

import { deferred } from "@/components/forms/deferred-form";

export const ChangeRoleForm = deferred(() => import("./change-role-form").then((m) => m.ChangeRoleForm));
