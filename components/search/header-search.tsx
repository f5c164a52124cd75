// The search box in the header, on every page for every signed-in role (issue 18). A plain form
// that works before hydration and without JavaScript. It posts, so what was typed (often a name)
// never stands in an address: the results page's address carries it sealed to the user
// (lib/search/server/sealed-search.ts), so back, reload and bookmarks still work. No type-ahead on purpose: every
// search is a logged consultation counted against the user's limit, so it runs only when sent.
// "/" anywhere on a page jumps here (search-keys.tsx).

export const HEADER_SEARCH_ID = "header-search";

export function HeaderSearch() {
  return (
    <form className="app-header-search" action="/search/run" method="post" role="search" aria-label="Records">
      {/* A short name, with what it takes as its description: a page's own fields ("Crime
          reference", "Name") keep their labels to themselves. */}
      <label className="govuk-visually-hidden" htmlFor={HEADER_SEARCH_ID}>
        Search records
      </label>
      <span className="govuk-visually-hidden" id={`${HEADER_SEARCH_ID}-hint`}>
        By name, crime reference, nominal id, intelligence reference, group or meeting date
      </span>
      <input
        className="govuk-input app-header-search__input"
        id={HEADER_SEARCH_ID}
        name="q"
        type="search"
        maxLength={100}
        autoComplete="off"
        spellCheck={false}
        placeholder="Name, crime reference, nominal id…"
        aria-describedby={`${HEADER_SEARCH_ID}-hint`}
        data-testid="header-search-input"
      />
      <button className="app-header-search__button" type="submit" data-testid="header-search-submit">
        Search
      </button>
    </form>
  );
}
