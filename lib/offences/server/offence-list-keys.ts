import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { INVESTIGATION_STATUSES, type OffenceSort } from "@/lib/offences/list-link";
import type { KeyValue, OffenceListCursor } from "@/lib/offences/list-cursor";

// The offence list's total order as a sequence of tiers, each an index range of its own, so that a
// page can be read from a row's key onwards (keyset paging, list-cursor.ts). Sorting by a column of
// Investigation walks Investigation's (column, offenceId) index with an inner join; offences with
// no investigation always come last, by id. PostgreSQL puts NULLs last ascending and first
// descending, as the OFFSET path's ORDER BY does, so both paths give the same order.

type ColumnType = "date" | "int" | "text" | "status";
/** `twin`: the same value on the other table (o.id for i."offenceId"), for a single-column key. */
type Column = { sql: Prisma.Sql; type: ColumnType; twin?: Prisma.Sql };

export type Tier = {
  /** FROM … WHERE, before the list's filter is added. */
  from: Prisma.Sql;
  /**
   * The tier's rows are investigations (each with its offence), keyed by Investigation's columns:
   * a page number may read them from `"Investigation" i` alone (investigationListWhere).
   */
  investigations?: true;
  /** Rows of this tier only. */
  only: Prisma.Sql;
  columns: Column[];
};

const col = (sql: string, type: ColumnType): Column => ({ sql: Prisma.raw(sql), type });
const OFFENCES = Prisma.sql`"Offence" o LEFT JOIN "Investigation" i ON i."offenceId" = o.id`;
const INVESTIGATED = Prisma.sql`"Investigation" i JOIN "Offence" o ON o.id = i."offenceId"`;
const MISSING: Tier = { from: OFFENCES, only: Prisma.sql`i.id IS NULL`, columns: [col(`o.id`, "int")] };
const ALL = Prisma.sql`TRUE`;

export function offenceListTiers(sort: OffenceSort, dir: "asc" | "desc"): Tier[] {
  const recordedOn = col(`o."recordedOn"`, "date");
  const id = col(`o.id`, "int");
  switch (sort) {
    case "recorded":
      return [{ from: OFFENCES, only: ALL, columns: [recordedOn, id] }];
    case "reference":
      return [{ from: OFFENCES, only: ALL, columns: [col(`o."crimeReference"`, "text")] }];
    case "offence":
      return [{ from: OFFENCES, only: ALL, columns: [col(`o."offenceCode"`, "text"), recordedOn, id] }];
    case "npu":
      return [{ from: OFFENCES, only: ALL, columns: [col(`o."npuId"`, "int"), recordedOn, id] }];
    case "status":
      return [
        {
          from: INVESTIGATED,
          investigations: true,
          only: ALL,
          columns: [col(`i."status"`, "status"), col(`i."offenceId"`, "int")],
        },
        MISSING,
      ];
    case "review": {
      const dated: Tier = {
        from: INVESTIGATED,
        investigations: true,
        only: Prisma.sql`i."nextReviewOn" IS NOT NULL`,
        columns: [col(`i."nextReviewOn"`, "date"), col(`i."offenceId"`, "int")],
      };
      // PostgreSQL does not carry `i."offenceId" > n` over to o.id, and without it merge-joins
      // Offence from its first row: the twin states it on both sides.
      const undated: Tier = {
        from: INVESTIGATED,
        investigations: true,
        only: Prisma.sql`i."nextReviewOn" IS NULL`,
        columns: [{ ...col(`i."offenceId"`, "int"), twin: Prisma.sql`o.id` }],
      };
      return dir === "asc" ? [dated, undated, MISSING] : [undated, dated, MISSING];
    }
  }
}

/** The cursor's key when it fits this sort's tier (else the cursor is ignored). */
export function usableCursor(
  cursor: OffenceListCursor | undefined,
  sort: OffenceSort,
  dir: "asc" | "desc",
): OffenceListCursor | undefined {
  if (!cursor || cursor.sort !== sort || cursor.dir !== dir) return undefined;
  const tier = offenceListTiers(sort, dir)[cursor.tier];
  if (!tier || tier.columns.length !== cursor.key.length) return undefined;
  return tier.columns.every((c, i) => fits(c.type, cursor.key[i]!)) ? cursor : undefined;
}

function fits(type: ColumnType, value: KeyValue): boolean {
  switch (type) {
    case "int":
      return typeof value === "number" && Number.isInteger(value) && Math.abs(value) <= 2_147_483_647;
    case "date":
      return (
        typeof value === "string" &&
        /^\d{4}-\d{2}-\d{2}$/.test(value) &&
        !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
        new Date(`${value}T00:00:00Z`).toISOString().startsWith(value)
      );
    case "text":
      return typeof value === "string" && value.length <= 200;
    case "status":
      return typeof value === "string" && (INVESTIGATION_STATUSES as readonly string[]).includes(value);
  }
}

/** The key columns as a row, and the cursor's values cast to their types. */
export function keyRow(tier: Tier): Prisma.Sql {
  return Prisma.sql`(${Prisma.join(
    tier.columns.map((c) => c.sql),
    ", ",
  )})`;
}

export function valueRow(tier: Tier, key: KeyValue[]): Prisma.Sql {
  const cast = (c: Column, v: KeyValue) => {
    switch (c.type) {
      case "date":
        return Prisma.sql`${v}::date`;
      case "int":
        return Prisma.sql`${v}::int`;
      case "text":
        return Prisma.sql`${v}::text`;
      case "status":
        return Prisma.sql`${v}::"InvestigationStatus"`;
    }
  };
  return Prisma.sql`(${Prisma.join(
    tier.columns.map((c, i) => cast(c, key[i]!)),
    ", ",
  )})`;
}

/** The key of a row read with `keyColumns`: dates as YYYY-MM-DD, as they go in a cursor. */
export function keyColumns(tier: Tier): Prisma.Sql {
  return Prisma.join(
    tier.columns.map((c, i) => Prisma.sql`${c.sql} AS ${Prisma.raw(`k${i}`)}`),
    ", ",
  );
}

export function keyOf(tier: Tier, row: Record<string, unknown>): KeyValue[] {
  return tier.columns.map((c, i) => {
    const v = row[`k${i}`];
    if (v instanceof Date) return v.toISOString().slice(0, 10);
    return c.type === "int" ? Number(v) : String(v);
  });
}
