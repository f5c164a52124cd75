import type { Metadata } from "next";
import { NarrowPage } from "@/components/ui/narrow-page";
import { ProviderForm } from "@/components/providers/provider-form.deferred";
import { requirePageActor } from "@/lib/auth/server/require-page-actor";
import { getProvider } from "@/lib/providers/server/get-provider";
import { loadRoute } from "@/lib/ids/route-id";

const TITLE = "Edit provider";
export const metadata: Metadata = { title: TITLE };

type Props = { params: Promise<{ id: string }> };

export default async function EditProviderPage({ params }: Props) {
  const actor = await requirePageActor("reference.manage");
  const provider = await loadRoute((await params).id, (id) => getProvider({ actor, id: id }));
  return (
    <NarrowPage back={{ href: "/admin/providers", text: "Back to providers" }}>
      <ProviderForm key={provider.version} provider={provider} title={`${TITLE}: ${provider.name}`} />
    </NarrowPage>
  );
}
