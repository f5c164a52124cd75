import "server-only";
import { getPrisma } from "@/lib/db/server/prisma";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { countPart, inRange, type Drill, type FigureTable } from "@/lib/figures/figure-table";
import { quartersOf, rangeLabel, type DayRange } from "@/lib/figures/rules";
import { recordedIn, type FigureTableOptions } from "@/lib/figures/server/figure-sql";
import { offenceCodesInCategory } from "@/lib/reference/offence-codes";
import { Prisma } from "@/lib/generated/prisma/client";

const HOMICIDE = Prisma.join(offenceCodesInCategory("HOMICIDE"));

/**
 * The Home Office quarterly return's two police-recorded measures, per quarter of the performance
 * year (Q1 April–June): knife-enabled serious violence with a victim under 25 (the knife flag, any
 * offence code in scope; possession, 10D, never carries it), and homicides of under-25s involving
 * a knife that are not flagged as domestic abuse (Offence.domesticAbuse, from the RMS extract's
 * domestic_abuse column or the offence form).
 */
export async function getQuarterlyReturns({ actor, window }: FigureTableOptions): Promise<FigureTable> {
  await requirePermission(actor, "figures.read");
  const quarters = quartersOf(window.year, window.current.to);
  const counted = await getPrisma().$queryRaw<{ quarter: string; knife: number; homicide: number }[]>`
    SELECT to_char(date_trunc('quarter', o."recordedOn"), 'YYYY-MM-DD') AS quarter, count(*)::int AS knife,
           count(*) FILTER (WHERE o."offenceCode" IN (${HOMICIDE}) AND NOT o."domesticAbuse")::int AS homicide
    FROM "Offence" o
    WHERE o."knifeUsed" AND o."youngestVictimAge" < 25 AND ${recordedIn(window.current)}
    GROUP BY 1`;
  const rows = quarters.map((q) => ({
    ...q,
    ...(counted.find((c) => c.quarter === q.range.from) ?? { knife: 0, homicide: 0 }),
  }));
  const sum = (k: "knife" | "homicide") => rows.reduce((s, r) => s + r[k], 0);
  const all = {
    label: `${window.yearLabel} to date`,
    range: window.current,
    knife: sum("knife"),
    homicide: sum("homicide"),
  };
  const measure1 = (range: DayRange): Drill => ({ ...inRange(range), knife: "yes", u25: "yes" });
  const measure2 = (range: DayRange): Drill => ({ ...measure1(range), category: "HOMICIDE", domestic: "no" });
  return {
    id: "returns",
    caption: `Home Office quarterly return, ${window.yearLabel}`,
    note:
      "Police-recorded offences by recorded date, victim under 25 on the day. Knife-enabled: the knife-used flag. " +
      "Homicides flagged as domestic abuse are left out of the second measure.",
    corner: "Quarter",
    columns: [
      "Dates",
      "Knife-enabled serious violence, victim under 25",
      "Non-domestic homicides of under-25s involving a knife",
    ],
    rows: [...rows, all].map((r) => ({
      head: r.label,
      cells: [
        [{ text: rangeLabel(r.range) }],
        [countPart(r.knife, measure1(r.range), ` knife-enabled offences with a victim under 25, ${r.label}`)],
        [
          countPart(
            r.homicide,
            measure2(r.range),
            ` non-domestic homicides of under-25s involving a knife, ${r.label}`,
          ),
        ],
      ],
    })),
    csv: {
      columns: [
        "Quarter",
        "From",
        "To",
        "Knife-enabled serious violence, victim under 25",
        "Non-domestic homicides of under-25s involving a knife",
      ],
      rows: [...rows, all].map((r) => [r.label, r.range.from, r.range.to, r.knife, r.homicide]),
    },
  };
}
