import type pg from "pg";

// The bulk-load technique pg_restore uses: drop the secondary indexes and foreign keys of the tables
// about to be filled, load, then recreate them from their exact definitions. Building an index over
// finished data is far cheaper than maintaining it row by row, and a re-added foreign key is checked
// with one join instead of one look-up per row. All of it happens inside the caller's transaction,
// so a failure anywhere rolls the definitions back too.

type Saved = { indexes: string[]; foreignKeys: { table: string; name: string; definition: string }[] };

export async function withDeferredConstraints<T>(
  client: pg.ClientBase,
  tables: readonly string[],
  load: () => Promise<T>,
): Promise<T> {
  const saved = await dropSecondaryStructures(client, tables);
  const result = await load();
  for (const definition of saved.indexes) await client.query(definition);
  for (const fk of saved.foreignKeys) {
    await client.query(`alter table "${fk.table}" add constraint "${fk.name}" ${fk.definition}`);
  }
  return result;
}

async function dropSecondaryStructures(client: pg.ClientBase, tables: readonly string[]): Promise<Saved> {
  const relations = tables.map((t) => `"${t}"`);
  const { rows: foreignKeys } = await client.query<{ table: string; name: string; definition: string }>(
    `select c.conrelid::regclass::text as "table", c.conname as name, pg_get_constraintdef(c.oid) as definition
       from pg_constraint c
      where c.contype = 'f' and c.conrelid = any(select unnest($1::text[])::regclass)
      order by c.conrelid::regclass::text, c.conname`,
    [relations],
  );
  // Indexes that back a constraint (primary keys, unique constraints) stay: foreign keys need them.
  const { rows: indexes } = await client.query<{ name: string; definition: string }>(
    `select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as definition
       from pg_index i
      where i.indrelid = any(select unnest($1::text[])::regclass)
        and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)
      order by i.indexrelid::regclass::text`,
    [relations],
  );
  for (const fk of foreignKeys) await client.query(`alter table ${fk.table} drop constraint "${fk.name}"`);
  for (const index of indexes) await client.query(`drop index ${index.name}`);
  return {
    indexes: indexes.map((i) => i.definition),
    foreignKeys: foreignKeys.map((fk) => ({
      table: unquote(fk.table),
      name: fk.name,
      definition: fk.definition,
    })),
  };
}

const unquote = (name: string) => name.replace(/^"|"$/g, "");
