import type { Area } from "@/lib/geo/geojson";

// What the map page sends the browser (issue 17): boundaries for everyone who may open it, offence
// points only for roles that read offences.

export type MapPoint = {
  id: number;
  crimeReference: string;
  offenceCode: string;
  recordedOn: string;
  knifeUsed: boolean;
  youngestVictimAge: number | null;
  latitude: number;
  longitude: number;
  hotspotCode: string | null;
};
export type MapShape = { label: string; geometry: Area };
export type MapData = { npus: MapShape[]; hotspots: MapShape[]; points: MapPoint[]; tileUrl: string | null };
/** A force-scale map's offences in one NPU: all, drawn (with a point), inside hotspots, unplaced. */
export type MapNpuCount = {
  npuId: number;
  npu: string;
  total: number;
  placed: number;
  inHotspots: number;
  unplaced: number;
};
