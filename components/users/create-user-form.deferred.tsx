"use client";

import { deferred } from "@/components/forms/deferred-form";

export const CreateUserForm = deferred(() => import("./create-user-form").then((m) => m.CreateUserForm));
