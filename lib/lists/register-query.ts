// The URL state of a register whose filters, sort, page and size live in the address and whose
// text filters are sealed to the user (the offence list, the intelligence register). One home for
// reading that state and for the link state every sort, page and size link is built from, so the
// two registers cannot drift apart in how they keep the sealed token on their links.
import type { SealedPath } from "@/lib/security/sealed-fields";
import { readSealedFields } from "@/lib/security/sealed-query";

type Params = Record<string, string | string[] | undefined>;

type ParsedRegister<Query, Form> = { query: Query; form: Form; messages: string[] };

/** What a register link carries: the form as read, the sort, the page, the size and the token. */
export type RegisterLink<Form, Sort, Size> = {
  form: Partial<Form>;
  sort: Sort;
  dir: "asc" | "desc";
  page: number;
  size: Size;
  sealed: string;
};

/**
 * The register's state from the address: the sealed fields opened for this user, then parsed.
 * `linkAt(page)` is the state of a link on the page actually shown (the list may clamp the page).
 */
export function readRegisterQuery<Query extends { sort: unknown; dir: "asc" | "desc"; size: unknown }, Form>(
  userId: number,
  searchParams: Params,
  path: SealedPath,
  parse: (params: Params) => ParsedRegister<Query, Form>,
) {
  const { params, token } = readSealedFields(userId, searchParams, path);
  const { query, form, messages } = parse(params);
  const linkAt = (page: number): RegisterLink<Form, Query["sort"], Query["size"]> => ({
    form,
    sort: query.sort,
    dir: query.dir,
    page,
    size: query.size,
    sealed: token ?? "",
  });
  return { params, query, form, messages, linkAt };
}

/** The rows shown, counted from 1: "Showing 26 to 50". */
export function shownRange(
  page: number,
  pageSize: number,
  rowCount: number,
): { first: number; last: number } {
  const first = (page - 1) * pageSize + 1;
  return { first, last: first + rowCount - 1 };
}
