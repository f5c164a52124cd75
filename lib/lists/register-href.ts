// A register's link (the offence list, the intelligence register): one home for the order of its
// URL's parameters and the defaults left out, so the two registers' links cannot drift apart.
// Client-safe, no zod: the registers' tables build their sort and page links with it.
import { sealFields, type SealedPath } from "@/lib/security/sealed-fields";

/** What a register's link carries; `sealed` is the page's token for its text filters (see each register). */
export type RegisterHrefState<Key extends string> = {
  form: Partial<Record<Key, string>>;
  sort: string;
  dir: "asc" | "desc";
  page: number;
  size: number;
  sealed?: string;
};

/**
 * The URL of the register at `base` with this state: the filters in `keys` order, then sort and
 * direction, size and page; defaults (`defaultSort` newest first, 25 a page, page 1) are left out so
 * links stay short. `more` adds what only one register carries before the text filters are sealed
 * to `sealedPath`.
 */
export function registerHref<Key extends string>(
  {
    base,
    keys,
    defaultSort,
    sealedPath,
  }: { base: string; keys: readonly Key[]; defaultSort: string; sealedPath: SealedPath },
  state: RegisterHrefState<Key>,
  more?: (params: URLSearchParams) => void,
): string {
  const params = new URLSearchParams();
  for (const key of keys) {
    const value = state.form[key];
    if (value) params.set(key, value);
  }
  if (state.sort !== defaultSort || state.dir !== "desc") {
    params.set("sort", state.sort);
    params.set("dir", state.dir);
  }
  if (state.size !== 25) params.set("size", String(state.size));
  if (state.page > 1) params.set("page", String(state.page));
  more?.(params);
  if (state.sealed !== undefined) sealFields(params, sealedPath, state.sealed);
  const query = params.toString();
  return query ? `${base}?${query}` : base;
}
