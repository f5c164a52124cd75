/**
 * The hotspot code an offence's form shows and compares: the recorded (RMS) one, never where its
 * point placed it (issue 17). An offence saved before placement by point with a hotspot and no point
 * had its hotspot chosen by hand: that is its recorded code.
 */
export function recordedHotspotCode(o: {
  rmsHotspotCode: string | null;
  latitude: number | null;
  hotspot: { code: string } | null;
}): string {
  if (o.rmsHotspotCode !== null) return o.rmsHotspotCode;
  return o.latitude === null ? (o.hotspot?.code ?? "") : "";
}
