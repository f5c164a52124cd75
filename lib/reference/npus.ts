// Neighbourhood Policing Units for the synthetic data. Areas are plausible splits of the West
// Midlands' ~902 km²; centres are rough town-centre coordinates, used only to scatter synthetic
// points on a map (never addresses).

export type NpuRef = {
  name: string;
  areaKm2: number;
  centre: { latitude: number; longitude: number };
};

export const NPUS: readonly NpuRef[] = [
  { name: "Birmingham East", areaKm2: 70, centre: { latitude: 52.495, longitude: -1.815 } },
  { name: "Birmingham North", areaKm2: 62, centre: { latitude: 52.535, longitude: -1.87 } },
  { name: "Birmingham South", areaKm2: 72, centre: { latitude: 52.43, longitude: -1.92 } },
  { name: "Birmingham West", areaKm2: 64, centre: { latitude: 52.48, longitude: -1.94 } },
  { name: "Coventry", areaKm2: 99, centre: { latitude: 52.408, longitude: -1.51 } },
  { name: "Dudley", areaKm2: 98, centre: { latitude: 52.5, longitude: -2.1 } },
  { name: "Sandwell", areaKm2: 86, centre: { latitude: 52.51, longitude: -2.01 } },
  { name: "Solihull", areaKm2: 178, centre: { latitude: 52.42, longitude: -1.74 } },
  { name: "Walsall", areaKm2: 104, centre: { latitude: 52.59, longitude: -1.98 } },
  { name: "Wolverhampton", areaKm2: 69, centre: { latitude: 52.59, longitude: -2.13 } },
];

export const FORCE_AREA_KM2 = NPUS.reduce((sum, n) => sum + n.areaKm2, 0);

export const NPU_NAMES: readonly string[] = NPUS.map((n) => n.name);
