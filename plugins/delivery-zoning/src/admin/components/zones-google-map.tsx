import { useEffect, useRef } from "react"
import { zoneExtent, type Point } from "../lib/map-extent"
import type { ZonesMapProps } from "./zones-map-props"

// the Maps JavaScript API, loaded once per page with the browser key
type MapsApi = {
  Map: new (
    element: HTMLElement,
    options: Record<string, unknown>
  ) => { fitBounds(bounds: unknown): void; addListener(event: string, handler: (event: { latLng: { lat(): number; lng(): number } }) => void): void }
  LatLngBounds: new () => { extend(point: Point): void }
  Polygon: new (options: Record<string, unknown>) => { setMap(map: unknown): void }
  Circle: new (options: Record<string, unknown>) => { setMap(map: unknown): void }
  Marker: new (options: Record<string, unknown>) => { setMap(map: unknown): void }
  Polyline: new (options: Record<string, unknown>) => { setMap(map: unknown): void }
}
let loading: Promise<MapsApi> | undefined

function loadMaps(apiKey: string): Promise<MapsApi> {
  const loaded = (window as unknown as { google?: { maps?: MapsApi } }).google?.maps
  if (loaded) return Promise.resolve(loaded)
  loading ??= new Promise((resolve, reject) => {
    const script = document.createElement("script")
    script.src = `https://maps.googleapis.com/maps/api/js?key=${encodeURIComponent(apiKey)}&language=fr&region=FR`
    script.async = true
    script.onload = () => resolve((window as unknown as { google: { maps: MapsApi } }).google.maps)
    script.onerror = () => reject(new Error("Google Maps could not be loaded"))
    document.head.appendChild(script)
  })
  return loading
}

/** The same drawing on Google's map, when the admin has a browser key. */
export function ZonesGoogleMap({ apiKey, zones, pizzerias, selectedLocationId, draft, onAddPoint, label }: ZonesMapProps & { apiKey: string }) {
  const element = useRef<HTMLDivElement>(null)
  const addPoint = useRef(onAddPoint)
  addPoint.current = onAddPoint

  useEffect(() => {
    let cancelled = false
    loadMaps(apiKey).then((maps) => {
      if (cancelled || !element.current) return
      const map = new maps.Map(element.current, { mapTypeControl: false, streetViewControl: false })
      const bounds = new maps.LatLngBounds()
      for (const pizzeria of pizzerias) {
        bounds.extend(pizzeria.location)
        new maps.Marker({ map, position: pizzeria.location, title: pizzeria.name })
      }
      for (const zone of zones.filter((candidate) => candidate.is_active)) {
        for (const point of zoneExtent(zone)) bounds.extend(point)
        const color = zone.stock_location_id === selectedLocationId ? "#1d4ed8" : "#6b7280"
        const style = { map, strokeColor: color, fillColor: color, fillOpacity: 0.12, strokeWeight: 1.5, clickable: false }
        if (zone.kind === "polygon" && zone.polygon) {
          new maps.Polygon({ ...style, paths: zone.polygon.coordinates.map((ring) => ring.map(([lng, lat]) => ({ lat, lng }))) })
        } else if (zone.kind === "radius" && zone.center_lat !== null && zone.center_lng !== null && zone.radius_km) {
          new maps.Circle({ ...style, center: { lat: zone.center_lat, lng: zone.center_lng }, radius: zone.radius_km * 1000 })
        }
      }
      if (draft.length) new maps.Polyline({ map, path: draft.map(([lng, lat]) => ({ lat, lng })), strokeColor: "#b45309" })
      map.fitBounds(bounds)
      map.addListener("click", (event) => addPoint.current?.({ lat: Number(event.latLng.lat().toFixed(5)), lng: Number(event.latLng.lng().toFixed(5)) }))
    })
    return () => {
      cancelled = true
    }
  }, [apiKey, zones, pizzerias, selectedLocationId, draft])

  return <div ref={element} role="region" aria-label={label} className="h-[480px] w-full rounded-md border border-ui-border-base" />
}
