// What Next passes a page as its URL query: a name may repeat (`?npu=A&npu=B`), so a value may be a
// list. One home for the type each page wrote out.

/** A page's URL query, read. */
export type Query = Record<string, string | string[] | undefined>;

/** A page's `searchParams` prop. */
export type SearchParams = Promise<Query>;
