"use client";

import { useEffect, useRef } from "react";
import type * as Leaflet from "leaflet";
import "leaflet/dist/leaflet.css";
import type { MapData, MapPoint } from "@/lib/hotspots/map-types";

// The map (issue 17): NPU boundaries, hotspot geofences and offence points, drawn by Leaflet,
// which is imported here only when the map mounts (its own chunk, on map pages only). Base tiles
// only from the force's MAP_TILE_URL; without one the shapes draw on a plain background. Points
// cluster at force scale (a count per ~48 px square, recomputed on zoom); each point opens its
// offence. The table beside the map has the same data for keyboard and screen-reader users.

const CLUSTER_PX = 48;
const CLUSTER_BELOW_ZOOM = 14;
// Okabe-Ito colours (colour-blind safe).
const COLOURS = { npu: "#0072B2", hotspot: "#D55E00", point: "#000000", cluster: "#CC79A7" };

export function OffenceMap({ data, label }: { data: MapData; label: string }) {
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let map: Leaflet.Map | null = null;
    let cancelled = false;
    void import("leaflet").then((module) => {
      const L = (module as unknown as { default?: typeof Leaflet }).default ?? (module as typeof Leaflet);
      if (cancelled || !box.current) return;
      map = L.map(box.current, { attributionControl: Boolean(data.tileUrl) });
      if (data.tileUrl) L.tileLayer(data.tileUrl, { maxZoom: 19 }).addTo(map);
      const shapes = (list: MapData["npus"], colour: string, fill: number) =>
        L.geoJSON(
          list.map((s) => ({
            type: "Feature" as const,
            properties: { label: s.label },
            geometry: s.geometry,
          })),
          {
            style: { color: colour, weight: 2, fillOpacity: fill },
            onEachFeature: (f, layer) => layer.bindTooltip(String(f.properties.label)),
          },
        ).addTo(map!);
      const npus = shapes(data.npus, COLOURS.npu, 0.02);
      const hotspots = shapes(data.hotspots, COLOURS.hotspot, 0.25);
      // The force when its boundaries are drawn, else the hotspots (one hotspot's page), else the points.
      const bounds = npus.getBounds();
      if (!bounds.isValid()) bounds.extend(hotspots.getBounds());
      for (const p of bounds.isValid() ? [] : data.points) bounds.extend([p.latitude, p.longitude]);
      if (bounds.isValid()) map.fitBounds(bounds, { maxZoom: 17 });
      else map.setView([52.48, -1.9], 10);
      const points = L.layerGroup().addTo(map);
      const draw = () => drawPoints(L, map!, points, data.points);
      map.on("zoomend", draw);
      draw();
    });
    return () => {
      cancelled = true;
      map?.remove();
    };
  }, [data]);

  return <div ref={box} className="app-map" role="region" aria-label={label} data-testid="offence-map" />;
}

function drawPoints(L: typeof Leaflet, map: Leaflet.Map, layer: Leaflet.LayerGroup, points: MapPoint[]) {
  layer.clearLayers();
  const zoom = map.getZoom();
  const cells = new Map<string, MapPoint[]>();
  for (const p of points) {
    const px = map.project([p.latitude, p.longitude], zoom);
    const key =
      zoom >= CLUSTER_BELOW_ZOOM
        ? String(p.id)
        : `${Math.floor(px.x / CLUSTER_PX)}:${Math.floor(px.y / CLUSTER_PX)}`;
    cells.set(key, [...(cells.get(key) ?? []), p]);
  }
  for (const group of cells.values()) {
    if (group.length === 1) {
      const p = group[0]!;
      L.circleMarker([p.latitude, p.longitude], {
        radius: 6,
        color: "#ffffff",
        weight: 1,
        fillColor: COLOURS.point,
        fillOpacity: 0.9,
        className: "app-map-point",
      })
        .bindPopup(() => popup(p))
        .addTo(layer);
      continue;
    }
    const lat = group.reduce((s, p) => s + p.latitude, 0) / group.length;
    const lon = group.reduce((s, p) => s + p.longitude, 0) / group.length;
    L.circleMarker([lat, lon], {
      radius: Math.min(22, 9 + Math.sqrt(group.length) * 2),
      color: "#ffffff",
      weight: 2,
      fillColor: COLOURS.cluster,
      fillOpacity: 0.85,
      className: "app-map-cluster",
    })
      .bindTooltip(String(group.length), {
        permanent: true,
        direction: "center",
        className: "app-map-cluster-label",
      })
      .on("click", () => map.setView([lat, lon], Math.min(map.getZoom() + 2, 18)))
      .addTo(layer);
  }
}

/** Built from DOM nodes with text, never HTML strings: crime references are data. */
function popup(p: MapPoint): HTMLElement {
  const div = document.createElement("div");
  const link = document.createElement("a");
  link.href = `/offences/${p.id}`;
  link.className = "govuk-link";
  link.textContent = p.crimeReference;
  const text = document.createElement("p");
  text.className = "govuk-body-s";
  text.textContent = `${p.offenceCode}, recorded ${p.recordedOn}${p.knifeUsed ? ", knife used" : ""}${
    p.hotspotCode ? `, hotspot ${p.hotspotCode}` : ""
  }`;
  div.append(link, text);
  return div;
}
