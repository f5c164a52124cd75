"use client";

import type { FieldValues } from "react-hook-form";
import { useFormAction } from "@/components/forms/use-form-action";

/** The group forms use the one form hook, always returning to the group record with a banner. */
export function useGroupForm<T extends FieldValues>(
  options: Parameters<typeof useFormAction<T>>[0] & { done: string },
) {
  return useFormAction<T>(options);
}
