"use client";

import { deferred } from "@/components/forms/deferred-form";

export const MatchList = deferred(() => import("./match-list").then((m) => m.MatchList));
