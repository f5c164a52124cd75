import type pg from "pg";
import { upsertGeoReference } from "@/prisma/seed/geo-reference";
import { HOTSPOTS } from "@/lib/reference/hotspots";
import { NPUS } from "@/lib/reference/npus";
import { OFFENCE_CODES } from "@/lib/reference/offence-codes";
import { OUTCOME_TYPES } from "@/lib/reference/outcome-types";
import { PROVIDERS } from "@/lib/reference/providers";
import { SCRUTINY_CATEGORIES } from "@/lib/reference/scrutiny-categories";

// Reference data from lib/reference, upserted on every seed. Home Office code lists are canonical,
// so their wording is refreshed; NPUs, hotspots and providers are administered in the app, so
// missing ones are added and existing ones are left as the administrator made them.

export type ReferenceIds = { npu: number[]; hotspot: number[]; provider: number[] };

export async function upsertReferenceData(client: pg.ClientBase): Promise<ReferenceIds> {
  await client.query(
    `insert into "ScrutinyCategory" ("code", "name", "sortOrder")
     select * from unnest($1::text[], $2::text[], $3::int[])
     on conflict ("code") do update set "name" = excluded."name", "sortOrder" = excluded."sortOrder"`,
    [
      SCRUTINY_CATEGORIES.map((c) => c.code),
      SCRUTINY_CATEGORIES.map((c) => c.name),
      SCRUTINY_CATEGORIES.map((c) => c.sortOrder),
    ],
  );
  await client.query(
    `insert into "OffenceCode" ("code", "description", "scrutinyCategoryCode", "knifeEnabledEligible", "sortOrder")
     select * from unnest($1::text[], $2::text[], $3::text[], $4::bool[], $5::int[])
     on conflict ("code") do update set "description" = excluded."description",
       "scrutinyCategoryCode" = excluded."scrutinyCategoryCode",
       "knifeEnabledEligible" = excluded."knifeEnabledEligible", "sortOrder" = excluded."sortOrder"`,
    [
      OFFENCE_CODES.map((o) => o.code),
      OFFENCE_CODES.map((o) => o.description),
      OFFENCE_CODES.map((o) => o.scrutinyCategoryCode),
      OFFENCE_CODES.map((o) => o.knifeEnabledEligible),
      OFFENCE_CODES.map((o) => o.sortOrder),
    ],
  );
  await client.query(
    `insert into "OutcomeType" ("code", "description", "positive", "outcomeGroup")
     select * from unnest($1::int[], $2::text[], $3::bool[], $4::text[])
     on conflict ("code") do update set "description" = excluded."description", "positive" = excluded."positive",
       "outcomeGroup" = excluded."outcomeGroup"`,
    [
      OUTCOME_TYPES.map((o) => o.code),
      OUTCOME_TYPES.map((o) => o.description),
      OUTCOME_TYPES.map((o) => o.positive),
      OUTCOME_TYPES.map((o) => o.outcomeGroup),
    ],
  );

  await client.query(
    `insert into "Npu" ("name", "areaKm2") select * from unnest($1::text[], $2::float8[]) on conflict ("name") do nothing`,
    [NPUS.map((n) => n.name), NPUS.map((n) => n.areaKm2)],
  );
  const npu = await idsByKey(
    client,
    `select "id", "name" as key from "Npu"`,
    NPUS.map((n) => n.name),
    "NPU",
  );

  await client.query(
    `insert into "Hotspot" ("code", "name", "npuId", "areaKm2", "latitude", "longitude", "radiusMetres")
     select * from unnest($1::text[], $2::text[], $3::int[], $4::float8[], $5::float8[], $6::float8[], $7::int[])
     on conflict ("code") do nothing`,
    [
      HOTSPOTS.map((h) => h.code),
      HOTSPOTS.map((h) => h.name),
      HOTSPOTS.map((h) => npu[NPUS.findIndex((n) => n.name === h.npu)]),
      HOTSPOTS.map((h) => h.areaKm2),
      HOTSPOTS.map((h) => h.latitude),
      HOTSPOTS.map((h) => h.longitude),
      HOTSPOTS.map((h) => h.radiusMetres),
    ],
  );
  const hotspot = await idsByKey(
    client,
    `select "id", "code" as key from "Hotspot"`,
    HOTSPOTS.map((h) => h.code),
    "hotspot",
  );
  await upsertGeoReference(client, hotspot);

  // One statement per provider: pathways is itself an array, which unnest would flatten.
  for (const p of PROVIDERS) {
    await client.query(
      `insert into "Provider" ("name", "type", "pathways", "areaCovered", "contactRoute") values ($1, $2, $3::text[], $4, $5)
       on conflict ("name") do nothing`,
      [p.name, p.type, p.pathways, p.areaCovered, p.contactRoute],
    );
  }
  const provider = await idsByKey(
    client,
    `select "id", "name" as key from "Provider"`,
    PROVIDERS.map((p) => p.name),
    "provider",
  );
  return { npu, hotspot, provider };
}

async function idsByKey(client: pg.ClientBase, sql: string, keys: string[], what: string): Promise<number[]> {
  const { rows } = await client.query<{ id: number; key: string }>(sql);
  const byKey = new Map(rows.map((r) => [r.key, r.id]));
  return keys.map((key) => {
    const id = byKey.get(key);
    if (id === undefined) throw new Error(`${what} "${key}" is missing after the upsert`);
    return id;
  });
}
