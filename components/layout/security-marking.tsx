// The Government Security Classification of everything this service shows. Rendered at the top
// (inside the banner landmark) and bottom (inside the footer) of every page; the print styles
// also write it into the margin of every printed page (app/styles/_print.scss).

export const SECURITY_MARKING = "OFFICIAL-SENSITIVE";

type SecurityMarkingProps = {
  position?: "top" | "bottom";
};

export function SecurityMarking({ position = "top" }: SecurityMarkingProps) {
  const className =
    position === "top" ? "app-security-marking" : "app-security-marking app-security-marking--bottom";
  return (
    <p className={className} data-testid={`security-marking-${position}`}>
      <span className="govuk-visually-hidden">Security classification: </span>
      {SECURITY_MARKING}
    </p>
  );
}
