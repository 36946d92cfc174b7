import type { MouseEvent } from "react"
import { boundsOf, projection, type Point } from "../lib/map-projection"
import type { ZonesMapProps } from "./zones-map-props"

const WIDTH = 640
const SELECTED = "#1d4ed8"
const OTHER = "#6b7280"

/**
 * The zones and pizzerias drawn from their coordinates alone: no tiles, no
 * network. Clicking adds a point to the outline being drawn.
 */
export function ZonesSvgMap({ zones, pizzerias, selectedLocationId, draft, onAddPoint, label }: ZonesMapProps) {
  const points: Point[] = [
    ...pizzerias.map((pizzeria) => pizzeria.location),
    ...zones.flatMap((zone) => (zone.polygon?.coordinates[0] ?? []).map(([lng, lat]) => ({ lat, lng }))),
    ...draft.map(([lng, lat]) => ({ lat, lng })),
  ]
  const map = projection(boundsOf(points), WIDTH)
  const path = (ring: [number, number][]) =>
    ring
      .map(([lng, lat], index) => {
        const { x, y } = map.toScreen({ lat, lng })
        return `${index === 0 ? "M" : "L"}${x.toFixed(1)},${y.toFixed(1)}`
      })
      .join(" ") + " Z"

  const click = (event: MouseEvent<SVGSVGElement>) => {
    if (!onAddPoint) return
    const box = event.currentTarget.getBoundingClientRect()
    const scale = map.width / box.width
    onAddPoint(map.toPoint((event.clientX - box.left) * scale, (event.clientY - box.top) * scale))
  }

  return (
    <svg
      viewBox={`0 0 ${map.width} ${map.height.toFixed(0)}`}
      className="w-full rounded-md border border-ui-border-base bg-ui-bg-subtle"
      style={{ cursor: onAddPoint ? "crosshair" : "default", maxHeight: 480 }}
      onClick={click}
      role="img"
      aria-label={label}
    >
      <title>{label}</title>
      {zones
        .filter((zone) => zone.is_active)
        .map((zone) => {
          const color = zone.stock_location_id === selectedLocationId ? SELECTED : OTHER
          if (zone.kind === "polygon" && zone.polygon) {
            return (
              <path key={zone.id} d={zone.polygon.coordinates.map(path).join(" ")} fill={color} fillOpacity={0.12} fillRule="evenodd" stroke={color} strokeWidth={1.5}>
                <title>{zone.name}</title>
              </path>
            )
          }
          if (zone.kind === "radius" && zone.center_lat !== null && zone.center_lng !== null && zone.radius_km) {
            const centre = map.toScreen({ lat: zone.center_lat, lng: zone.center_lng })
            return (
              <circle
                key={zone.id}
                cx={centre.x}
                cy={centre.y}
                r={map.kmToPixels(zone.radius_km)}
                fill={color}
                fillOpacity={0.08}
                stroke={color}
                strokeDasharray="6 4"
                strokeWidth={1.5}
              >
                <title>{zone.name}</title>
              </circle>
            )
          }
          return null
        })}
      {draft.length > 0 && (
        <g>
          <polyline
            points={draft
              .map(([lng, lat]) => map.toScreen({ lat, lng }))
              .map(({ x, y }) => `${x},${y}`)
              .join(" ")}
            fill="#f59e0b"
            fillOpacity={0.15}
            stroke="#b45309"
            strokeWidth={2}
          />
          {draft.map(([lng, lat], index) => {
            const { x, y } = map.toScreen({ lat, lng })
            return <circle key={index} cx={x} cy={y} r={4} fill="#b45309" />
          })}
        </g>
      )}
      {pizzerias.map((pizzeria) => {
        const { x, y } = map.toScreen(pizzeria.location)
        const selected = pizzeria.id === selectedLocationId
        return (
          <g key={pizzeria.id}>
            <circle cx={x} cy={y} r={selected ? 7 : 5} fill={selected ? SELECTED : OTHER} stroke="#fff" strokeWidth={2} />
            <text x={x + 9} y={y + 4} fontSize={12} fill="#111827" fontWeight={selected ? 600 : 400}>
              {pizzeria.name.replace(/^OC Pizza /, "")}
            </text>
          </g>
        )
      })}
    </svg>
  )
}
