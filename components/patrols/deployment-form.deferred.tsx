"use client";

import { deferred } from "@/components/forms/deferred-form";

export const DeploymentForm = deferred(() => import("./deployment-form").then((m) => m.DeploymentForm));
