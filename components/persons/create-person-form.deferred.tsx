"use client";

import { deferred } from "@/components/forms/deferred-form";

export const CreatePersonForm = deferred(() =>
  import("./create-person-form").then((m) => m.CreatePersonForm),
);
