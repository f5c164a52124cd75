import Link from "next/link";

// "Rows per page: 25 · 50 · 100" under a paged list; each size is a link keeping the list's state.

export function PageSizeLinks({
  sizes,
  current,
  hrefFor,
}: {
  sizes: readonly number[];
  current: number;
  hrefFor: (size: number) => string;
}) {
  return (
    <p className="govuk-body-s">
      Rows per page:{" "}
      {sizes.map((size, i) => (
        <span key={size}>
          {i > 0 ? " · " : null}
          {size === current ? (
            <strong aria-current="true">{size}</strong>
          ) : (
            <Link className="govuk-link" href={hrefFor(size)}>
              {size}
              <span className="govuk-visually-hidden"> rows per page</span>
            </Link>
          )}
        </span>
      ))}
    </p>
  );
}
