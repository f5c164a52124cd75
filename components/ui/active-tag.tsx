import { Tag } from "@/components/ui/tag";

// A record that can be switched off (a provider, a group): one wording and colour everywhere.

export function ActiveTag({ active }: { active: boolean }) {
  return active ? <Tag colour="green">Active</Tag> : <Tag colour="grey">Inactive</Tag>;
}
