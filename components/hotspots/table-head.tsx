// The header row now lives with the GOV.UK table in components/ui/data-table.tsx; this name stays
// only for app/map/page.tsx until it imports the home directly (app/ is another change's).

export { TableHead, type DataTableColumn as Heading } from "@/components/ui/data-table";
