"use client";

import { deferred } from "@/components/forms/deferred-form";

export const MeetingForm = deferred(() => import("./meeting-form").then((m) => m.MeetingForm));
