import type { Zone } from "../lib/zoning-api-types"
import type { Point } from "../lib/map-extent"

/** What both maps (Leaflet over open tiles, Google Maps) draw, and where a click goes. */
export type ZonesMapProps = {
  zones: Zone[]
  pizzerias: { id: string; name: string; location: Point }[]
  selectedLocationId?: string
  /** The outline being drawn, as [longitude, latitude] points. */
  draft: [number, number][]
  onAddPoint?: (point: Point) => void
  label: string
}
