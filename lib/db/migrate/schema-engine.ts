import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory, ColumnTypeEnum } from "@prisma/driver-adapter-utils";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import * as bindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { SchemaEngine } from "@prisma/schema-engine-wasm/schema_engine_bg";

// Prisma's schema engine compiled to WebAssembly. The CLI's native engine is downloaded from a host
// these networks cannot reach (stack notes: "The Prisma CLI cannot download its engine here"), so
// migrations run through this build. It reaches PostgreSQL only through the driver adapter given.

export type { SchemaEngine };

export type OpenedEngine = {
  /** Rejections carry the adapter's real error instead of the engine's "External error id#N". */
  engine: SchemaEngine;
  /** Frees the engine, ends its pool and cancels its leftover timers, so the process can exit. */
  close: () => Promise<void>;
};

type Options = {
  /** The live database; omit for datamodel-to-datamodel diffs, which need none. */
  databaseUrl?: string;
  /** The engine's JSON tracing lines; dropped unless given. */
  log?: (line: string) => void;
};

// The engine arms 10 s timers through its setTimeout import and never clears them (it imports no
// clearTimeout), which kept every script alive for 10 s after its work was done: not the pg pool.
// Timers are tracked here and cancelled when the last open engine closes.
const pendingTimers = new Set<ReturnType<typeof setTimeout>>();
let openEngines = 0;
let initialised: Promise<void> | undefined;

/** The wasm keeps its state in the bindings module, so it is instantiated once per process. */
function initialiseWasm(): Promise<void> {
  initialised ??= (async () => {
    const require = createRequire(import.meta.url);
    const bindingsPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bytes = await readFile(join(dirname(bindingsPath), "schema_engine_bg.wasm"));
    const imports: Record<string, unknown> = { ...bindings };
    const setTimeoutImport = Object.keys(imports).find((name) => name.startsWith("__wbg_setTimeout_"));
    if (!setTimeoutImport) throw new Error("@prisma/schema-engine-wasm changed: no setTimeout import found");
    imports[setTimeoutImport] = (callback: () => void, ms: number) => {
      const timer = setTimeout(() => {
        pendingTimers.delete(timer);
        callback();
      }, ms >>> 0);
      pendingTimers.add(timer);
      return timer;
    };
    const { instance } = await WebAssembly.instantiate(bytes, {
      "./schema_engine_bg.js": imports as WebAssembly.ModuleImports,
    });
    bindings.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
  })();
  return initialised;
}

export async function openSchemaEngine(options: Options = {}): Promise<OpenedEngine> {
  await initialiseWasm();
  const { factory, end } = options.databaseUrl
    ? pgAdapterFactory(options.databaseUrl)
    : offlineAdapterFactory();
  const bound = bindMigrationAwareSqlAdapterFactory(factory);
  const explain = (error: unknown): unknown => {
    const id = error instanceof Error ? /External error id#(\d+)/.exec(error.message)?.[1] : undefined;
    const original = id === undefined ? undefined : bound.errorRegistry.consumeError(Number(id))?.error;
    return original ?? error;
  };
  const log = options.log ?? (() => {});
  openEngines++;
  const release = async () => {
    await end();
    if (--openEngines === 0) {
      for (const timer of pendingTimers) clearTimeout(timer);
      pendingTimers.clear();
    }
  };
  let engine: SchemaEngine;
  try {
    // The datamodel only picks the connector; every call passes its own schemas.
    engine = await bindings.SchemaEngine.new(
      { datamodels: [["schema.prisma", 'datasource db {\n  provider = "postgresql"\n}\n']] },
      (line: string) => log(line),
      bound,
    );
  } catch (error) {
    await release();
    throw explain(error);
  }
  return {
    engine: explainingErrors(engine, explain),
    close: async () => {
      engine.free();
      await release();
    },
  };
}

function explainingErrors(engine: SchemaEngine, explain: (error: unknown) => unknown): SchemaEngine {
  return new Proxy(engine, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== "function" || property === "free" || property === "debugPanic") return value;
      return (...args: unknown[]) =>
        (value as (...a: unknown[]) => Promise<unknown>).apply(target, args).catch((error: unknown) => {
          throw explain(error);
        });
    },
  });
}

/**
 * PrismaPg over one connection we own, as the native engine uses one: its session-level migration
 * lock (pg_advisory_lock) then covers every statement, and ending the pool releases it. One fix:
 * PrismaPg's executeScript splits a script on every ";", which breaks function bodies. The native
 * engine sends a migration as a single simple-protocol query (PostgreSQL runs it as one implicit
 * transaction, so a failing migration leaves nothing behind); so does this.
 */
function pgAdapterFactory(databaseUrl: string) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 1, connectionTimeoutMillis: 5_000 });
  pool.on("error", () => {}); // a connection dropped by the server must not crash the process
  // adapter-pg types the pool with its own newer copy of @types/pg; at run time it is the same pg.
  const base = new PrismaPg(pool as unknown as ConstructorParameters<typeof PrismaPg>[0]);
  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: base.provider,
    adapterName: base.adapterName,
    connect: async () => wholeScriptAdapter(await base.connect(), pool),
    connectToShadowDb: () =>
      Promise.reject(new Error("shadow databases are not used: diffs start from schema snapshots")),
  };
  return { factory, end: () => pool.end() };
}

function wholeScriptAdapter(adapter: SqlDriverAdapter, pool: pg.Pool): SqlDriverAdapter {
  // onError is PrismaPg's (protected) converter to the DriverAdapterError the engine understands.
  const convert = (adapter as unknown as { onError: (error: unknown) => never }).onError.bind(adapter);
  adapter.executeScript = async (script: string) => {
    try {
      await pool.query(script);
    } catch (error) {
      convert(error);
    }
  };
  return adapter;
}

/**
 * The engine insists on a connection even to diff two datamodels: on start it asks the server for
 * its version. Offline, that one question is answered as PostgreSQL 18 (the embedded server); any
 * other query is refused, so an offline diff can never silently depend on a database.
 */
function offlineAdapterFactory() {
  const refuse = () => Promise.reject(new Error("this schema engine was opened without a database"));
  const adapter: SqlDriverAdapter = {
    provider: "postgres",
    adapterName: "@captiva/offline",
    queryRaw: (query) =>
      query.sql.includes("server_version_num")
        ? Promise.resolve({
            columnNames: ["exists", "version", "numeric_version"],
            columnTypes: [ColumnTypeEnum.Boolean, ColumnTypeEnum.Text, ColumnTypeEnum.Int32],
            rows: [[true, "PostgreSQL 18.4 (offline)", 180004]],
          })
        : refuse(),
    executeRaw: refuse,
    executeScript: refuse,
    startTransaction: refuse,
    getConnectionInfo: () => ({ supportsRelationJoins: true }),
    dispose: () => Promise.resolve(),
  };
  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: "postgres",
    adapterName: "@captiva/offline",
    connect: () => Promise.resolve(adapter),
    connectToShadowDb: () => Promise.resolve(adapter),
  };
  return { factory, end: () => Promise.resolve() };
}
