import * as L from "leaflet"
import "leaflet/dist/leaflet.css"
import { useEffect, useRef, useState } from "react"
import { boundsOf, zoneExtent, type Point } from "../lib/map-extent"
import type { MapTiles } from "../lib/zoning-api-types"
import type { ZonesMapProps } from "./zones-map-props"

const SELECTED = "#1d4ed8"
const OTHER = "#6b7280"
const DRAFT = "#b45309"
// without a single tile by then, the background is said to be unavailable (a blocked tile server may never answer)
const TILES_GRACE_MS = 6000

type Props = ZonesMapProps & { tiles: MapTiles; unavailableNote: string }

const toLatLng = ([lng, lat]: [number, number]): L.LatLngTuple => [lat, lng]

/** Marks an SVG shape Leaflet drew with its kind and name, what the browser tests (e2e/zones-map.spec.ts) look for. */
function named(layer: L.Path | L.CircleMarker, name: string, kind: string): void {
  const element = layer.getElement()
  if (!element) return
  element.setAttribute("data-zone-kind", kind)
  element.setAttribute("data-name", name)
}

/**
 * The zones and pizzerias on an open map (Leaflet) over tiles from a
 * configurable server. The shapes are drawn as vectors, so they show even when
 * no tile loads; a click adds a point to the outline being drawn.
 */
export function ZonesLeafletMap({ tiles, unavailableNote, zones, pizzerias, selectedLocationId, draft, onAddPoint, label }: Props) {
  const element = useRef<HTMLDivElement>(null)
  const map = useRef<L.Map>()
  const shapes = useRef<L.LayerGroup>()
  const addPoint = useRef(onAddPoint)
  addPoint.current = onAddPoint
  const [tilesState, setTilesState] = useState<"waiting" | "loaded" | "failed">("waiting")

  useEffect(() => {
    if (!element.current) return
    const created = L.map(element.current, { center: [49.894, 2.2957], zoom: 12, zoomSnap: 0.5 })
    const layer = L.tileLayer(tiles.url, { attribution: tiles.attribution, maxZoom: 19 })
    let loaded = false
    layer.on("tileload", () => {
      loaded = true
      setTilesState("loaded")
    })
    layer.on("tileerror", () => {
      if (!loaded) setTilesState("failed")
    })
    const grace = window.setTimeout(() => !loaded && setTilesState("failed"), TILES_GRACE_MS)
    layer.addTo(created)
    L.control.scale({ imperial: false }).addTo(created)
    created.on("click", (event: L.LeafletMouseEvent) => addPoint.current?.({ lat: Number(event.latlng.lat.toFixed(5)), lng: Number(event.latlng.lng.toFixed(5)) }))
    shapes.current = L.layerGroup().addTo(created)
    map.current = created
    // the admin's layout may settle after the first paint: keep Leaflet's idea of its size right
    const resize = new ResizeObserver(() => created.invalidateSize())
    resize.observe(element.current)
    return () => {
      window.clearTimeout(grace)
      resize.disconnect()
      created.remove()
      map.current = undefined
      shapes.current = undefined
    }
  }, [tiles.url, tiles.attribution])

  // the view: the chosen pizzeria and its zones (radius zones as whole circles), else everything
  useEffect(() => {
    const own = zones.filter((zone) => zone.is_active && zone.stock_location_id === selectedLocationId)
    const ownPizzeria = pizzerias.filter((pizzeria) => pizzeria.id === selectedLocationId).map((pizzeria) => pizzeria.location)
    let points: Point[] = [...ownPizzeria, ...own.flatMap(zoneExtent)]
    if (points.length < 2) points = [...pizzerias.map((pizzeria) => pizzeria.location), ...zones.filter((zone) => zone.is_active).flatMap(zoneExtent)]
    const bounds = boundsOf(points, 0.05)
    map.current?.fitBounds([
      [bounds.south, bounds.west],
      [bounds.north, bounds.east],
    ])
  }, [zones, pizzerias, selectedLocationId, tiles.url, tiles.attribution])

  useEffect(() => {
    const group = shapes.current
    if (!group) return
    group.clearLayers()
    // the others first, so the chosen pizzeria's zones are drawn on top
    const active = zones.filter((zone) => zone.is_active).sort((a, b) => Number(a.stock_location_id === selectedLocationId) - Number(b.stock_location_id === selectedLocationId))
    for (const zone of active) {
      const color = zone.stock_location_id === selectedLocationId ? SELECTED : OTHER
      const style: L.PathOptions = { color, fillColor: color, weight: 2, opacity: 0.9, interactive: false }
      if (zone.kind === "polygon" && zone.polygon) {
        const polygon = L.polygon(
          zone.polygon.coordinates.map((ring) => ring.map(toLatLng)),
          { ...style, fillOpacity: 0.12 }
        ).addTo(group)
        named(polygon, zone.name, "polygon")
      } else if (zone.kind === "radius" && zone.center_lat !== null && zone.center_lng !== null && zone.radius_km) {
        // L.circle takes metres: the zone's true radius at any zoom
        const circle = L.circle([zone.center_lat, zone.center_lng], { ...style, radius: zone.radius_km * 1000, fillOpacity: 0.06, dashArray: "6 4" }).addTo(group)
        named(circle, zone.name, "radius")
      }
    }
    if (draft.length > 0) {
      L.polyline(draft.map(toLatLng), { color: DRAFT, weight: 2, fill: true, fillColor: "#f59e0b", fillOpacity: 0.15, interactive: false }).addTo(group)
      for (const point of draft) L.circleMarker(toLatLng(point), { radius: 4, color: DRAFT, fillColor: DRAFT, fillOpacity: 1, weight: 1, interactive: false }).addTo(group)
    }
    // every pizzeria a dot; the chosen one named, the others on hover (their names would cover each other downtown)
    for (const pizzeria of pizzerias) {
      const selected = pizzeria.id === selectedLocationId
      const marker = L.circleMarker([pizzeria.location.lat, pizzeria.location.lng], {
        radius: selected ? 8 : 6,
        color: "#ffffff",
        weight: 2,
        fillColor: selected ? SELECTED : OTHER,
        fillOpacity: 1,
      })
        .bindTooltip(pizzeria.name.replace(/^OC Pizza /, ""), { permanent: selected, direction: "right", offset: [8, 0] })
        .addTo(group)
      named(marker, pizzeria.name, "pizzeria")
    }
  }, [zones, pizzerias, selectedLocationId, draft, tiles.url, tiles.attribution])

  return (
    <div className="relative" style={{ position: "relative" }}>
      <div
        ref={element}
        role="region"
        aria-label={label}
        className="w-full rounded-md border border-ui-border-base"
        style={{ height: 480, background: "#eef0f3", cursor: onAddPoint ? "crosshair" : undefined, zIndex: 0 }}
      />
      <div role="status" style={{ position: "absolute", top: 8, right: 8, zIndex: 1000, pointerEvents: "none", maxWidth: "60%" }}>
        {tilesState === "failed" && <p className="text-ui-fg-subtle rounded-md border border-ui-border-base bg-ui-bg-base px-2 py-1 text-xs">{unavailableNote}</p>}
      </div>
    </div>
  )
}
