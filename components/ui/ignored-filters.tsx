// Why some of a list's URL filters were not applied (a mistyped or stale link still shows a list).

export function IgnoredFilters({ messages }: { messages: string[] }) {
  if (messages.length === 0) return null;
  return (
    <div className="govuk-inset-text" data-testid="ignored-filters">
      <ul className="govuk-list">
        {messages.map((m) => (
          <li key={m}>{m}</li>
        ))}
      </ul>
    </div>
  );
}
