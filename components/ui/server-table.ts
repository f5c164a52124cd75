import type { ReactNode } from "react";
import {
  constructTable,
  type CellData,
  type RowData,
  type Table,
  type TableFeatures,
  type TableOptions,
} from "@tanstack/table-core";
import { storeReactivityBindings } from "@tanstack/table-core/store-reactivity-bindings";
import { FlexRender, type FlexRenderProps } from "@tanstack/react-table/flex-render";

// TanStack Table rendered once, on the server, for the registers whose state lives in the URL (the
// offence list, intelligence, actions): the server has filtered, sorted and paged the rows, sorting
// is a link, and nothing in the table changes in the browser. React's `useTable` would make each of
// them a client component and send TanStack (~9 KB gzipped) and the columns to every visit (issue
// 15); the same table core built here renders the same markup and sends no JavaScript. A table that
// sorts or hides columns in the browser needs `useTable` from @tanstack/react-table instead.

export type ServerTable<TFeatures extends TableFeatures, TData extends RowData> = Table<TFeatures, TData> & {
  FlexRender: <TValue extends CellData = CellData>(
    props: FlexRenderProps<TFeatures, TData, TValue>,
  ) => ReactNode;
};

export function serverTable<TFeatures extends TableFeatures, TData extends RowData>(
  options: TableOptions<TFeatures, TData>,
): ServerTable<TFeatures, TData> {
  const table = constructTable({
    ...options,
    features: { coreReactivityFeature: storeReactivityBindings(), ...options.features },
  });
  return Object.assign(table, { FlexRender: FlexRender as ServerTable<TFeatures, TData>["FlexRender"] });
}
