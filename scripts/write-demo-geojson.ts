// Writes the synthetic demo geofences (lib/geo/demo-areas) as GeoJSON files, the shape a force's
// GIS team would export: `tsx scripts/write-demo-geojson.ts` → prisma/demo/{npus,hotspots}.geojson.
import { writeFileSync } from "node:fs";
import { demoHotspotAreas, demoNpuAreas } from "../lib/geo/demo-areas";

writeFileSync("prisma/demo/npus.geojson", JSON.stringify(demoNpuAreas()) + "\n");
writeFileSync("prisma/demo/hotspots.geojson", JSON.stringify(demoHotspotAreas()) + "\n");
console.log("wrote prisma/demo/npus.geojson and prisma/demo/hotspots.geojson (run prettier --write on them)");
