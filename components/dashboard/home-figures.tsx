import type { HomeSummary } from "@/lib/dashboard/types";
import { formatDay } from "@/lib/dates/day";

// The home page's headline figures. Each is a region named by its label, so tests and assistive
// technology find it by a stable name: getByRole("region", { name: "Offences recorded this
// performance year" }).

export function HomeFigures({ summary }: { summary: HomeSummary }) {
  const year = `${summary.performanceYear.label}, from ${formatDay(summary.performanceYear.start)}`;
  return (
    <div className="app-figures">
      <Figure
        id="offences-this-year"
        label="Offences recorded this performance year"
        value={formatCount(summary.offencesThisYear)}
        hint={year}
      />
      <Figure
        id="knife-u25-this-year"
        label="Knife used, victim under 25"
        value={formatCount(summary.knifeUsedU25ThisYear)}
        hint={year}
      />
      <Figure
        id="open-investigations"
        label="Open investigations"
        value={formatCount(summary.openInvestigations)}
        hint="Not yet finalised"
      />
    </div>
  );
}

function Figure({ id, label, value, hint }: { id: string; label: string; value: string; hint?: string }) {
  return (
    <section className="app-figure" aria-labelledby={`${id}-label`} data-testid={`figure-${id}`}>
      <h3 className="app-figure__label" id={`${id}-label`}>
        {label}
      </h3>
      <p className="app-figure__value" data-testid={`${id}-value`}>
        {value}
      </p>
      {hint ? <p className="app-figure__hint">{hint}</p> : null}
    </section>
  );
}

const formatCount = (n: number) => n.toLocaleString("en-GB");
