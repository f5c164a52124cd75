// What a sealed search link says when it was sealed to someone else or altered
// (lib/security/sealed-query.ts): the page then searches for nothing rather than guess.

export function ForeignSearchNotice({
  foreign,
  again = "Search again.",
}: {
  foreign: boolean;
  again?: string;
}) {
  if (!foreign) return null;
  return (
    <div className="govuk-inset-text" role="status" data-testid="search-foreign">
      This search link was made by someone else or has been changed. {again}
    </div>
  );
}
