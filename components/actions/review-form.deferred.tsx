"use client";

import { deferred } from "@/components/forms/deferred-form";

export const ReviewForm = deferred(() => import("./review-form").then((m) => m.ReviewForm));
