import type { Metadata } from "next";
import { NarrowPage } from "@/components/ui/narrow-page";
import { ProviderForm } from "@/components/providers/provider-form.deferred";
import { requirePageActor } from "@/lib/auth/server/require-page-actor";

const TITLE = "Add a provider";
export const metadata: Metadata = { title: TITLE };

export default async function NewProviderPage() {
  await requirePageActor("reference.manage");
  return (
    <NarrowPage back={{ href: "/admin/providers", text: "Back to providers" }}>
      <ProviderForm provider={null} title={TITLE} />
    </NarrowPage>
  );
}
