import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/** A provider's fields as the administrator's directory and edit form show them (ProviderDetail). */
export const PROVIDER_DETAIL_SELECT = {
  id: true,
  name: true,
  type: true,
  pathways: true,
  areaCovered: true,
  contactRoute: true,
  active: true,
  version: true,
} satisfies Prisma.ProviderSelect;
