import Link from "next/link";
import { paginationItems } from "@/components/ui/pagination-items";

// GOV.UK pagination, rendered on the server with real links (the page number lives in the URL,
// so it works without JavaScript and survives a reload).

type PaginationProps = {
  /** The list result being paged: every list data function returns its page and page count. */
  list: { page: number; totalPages: number };
  /** Builds the URL of a page, keeping the list's filters and sort, e.g. (p) => `/offences?page=${p}`. */
  hrefForPage: (page: number) => string;
  label?: string;
};

export function Pagination({ list, hrefForPage, label = "Pagination" }: PaginationProps) {
  const { page: currentPage, totalPages } = list;
  const items = paginationItems(currentPage, totalPages);
  if (items.length === 0) return null;
  const current = Math.min(Math.max(1, currentPage), totalPages);

  return (
    <nav className="govuk-pagination" aria-label={label}>
      {current > 1 ? (
        <div className="govuk-pagination__prev">
          <Link className="govuk-link govuk-pagination__link" href={hrefForPage(current - 1)} rel="prev">
            <Arrow direction="prev" />
            <span className="govuk-pagination__link-title">
              Previous<span className="govuk-visually-hidden"> page</span>
            </span>
          </Link>
        </div>
      ) : null}
      <ul className="govuk-pagination__list">
        {items.map((item, index) =>
          item === "ellipsis" ? (
            <li key={`ellipsis-${index}`} className="govuk-pagination__item govuk-pagination__item--ellipsis">
              {/* JSX knows only HTML 4 entity names: "&ctdot;" would print as it is. */}
              {"\u22EF"}
            </li>
          ) : (
            <li
              key={item}
              className={
                item === current
                  ? "govuk-pagination__item govuk-pagination__item--current"
                  : "govuk-pagination__item"
              }
            >
              <Link
                className="govuk-link govuk-pagination__link"
                href={hrefForPage(item)}
                aria-label={`Page ${item}`}
                aria-current={item === current ? "page" : undefined}
              >
                {item}
              </Link>
            </li>
          ),
        )}
      </ul>
      {current < totalPages ? (
        <div className="govuk-pagination__next">
          <Link className="govuk-link govuk-pagination__link" href={hrefForPage(current + 1)} rel="next">
            <span className="govuk-pagination__link-title">
              Next<span className="govuk-visually-hidden"> page</span>
            </span>
            <Arrow direction="next" />
          </Link>
        </div>
      ) : null}
    </nav>
  );
}

function Arrow({ direction }: { direction: "prev" | "next" }) {
  const path =
    direction === "prev"
      ? "m6.5938-0.0078125-6.7266 6.7266 6.7441 6.4062 1.377-1.449-4.1856-3.9768h12.896v-2h-12.984l4.2931-4.293-1.414-1.414z"
      : "m8.107-0.0078125-1.4136 1.414 4.2926 4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062-6.7246-6.7266z";
  return (
    <svg
      className={`govuk-pagination__icon govuk-pagination__icon--${direction}`}
      xmlns="http://www.w3.org/2000/svg"
      height="13"
      width="15"
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 15 13"
    >
      <path d={path} />
    </svg>
  );
}
