import { useMemo, useState } from "react"
import type { Point } from "../../../lib/map-extent"
import { closeRing, parseZoneShape, shapeToLines } from "../../../lib/parse-zone-shape"
import type { Zone } from "../../../lib/zoning-api-types"
import type { ZoneBody } from "./use-zone-mutations"

/** The zone form as typed: numbers stay text until sent. */
export type ZoneDraft = {
  id?: string
  name: string
  kind: Zone["kind"]
  shape: string
  radius_km: string
  postal_codes: string
  fee: string
  min_order: string
  free_delivery_threshold: string
  eta_base_minutes: string
  priority: string
  is_active: boolean
}

const EMPTY: ZoneDraft = {
  name: "",
  kind: "polygon",
  shape: "",
  radius_km: "2",
  postal_codes: "",
  fee: "2.50",
  min_order: "15",
  free_delivery_threshold: "",
  eta_base_minutes: "20",
  priority: "0",
  is_active: true,
}

function draftOf(zone: Zone): ZoneDraft {
  return {
    id: zone.id,
    name: zone.name,
    kind: zone.kind,
    shape: zone.polygon ? shapeToLines(zone.polygon) : "",
    radius_km: String(zone.radius_km ?? ""),
    postal_codes: zone.postal_codes.join(", "),
    fee: String(zone.fee),
    min_order: String(zone.min_order),
    free_delivery_threshold: zone.free_delivery_threshold === null ? "" : String(zone.free_delivery_threshold),
    eta_base_minutes: String(zone.eta_base_minutes),
    priority: String(zone.priority),
    is_active: zone.is_active,
  }
}

/** The draft as the API takes it, or the reason the outline cannot be read (the API checks the geometry itself). */
export function bodyOf(draft: ZoneDraft): { body: ZoneBody } | { error: string } {
  const body: ZoneBody = {
    name: draft.name,
    kind: draft.kind,
    fee: Number(draft.fee),
    min_order: Number(draft.min_order || 0),
    free_delivery_threshold: draft.free_delivery_threshold === "" ? null : Number(draft.free_delivery_threshold),
    eta_base_minutes: Number(draft.eta_base_minutes),
    priority: Number(draft.priority),
    is_active: draft.is_active,
  }
  if (draft.kind === "polygon") {
    const shape = parseZoneShape(draft.shape)
    if ("error" in shape) return { error: shape.error }
    body.polygon = shape
  }
  if (draft.kind === "radius") body.radius_km = Number(draft.radius_km)
  if (draft.kind === "postcodes") body.postal_codes = draft.postal_codes.split(/[\s,;]+/).filter(Boolean)
  return { body }
}

/** The zone being drawn or edited: its fields, and its outline as points that map clicks add to. */
export function useZoneDraft() {
  const [draft, setDraft] = useState<ZoneDraft>(EMPTY)
  // the outline being drawn, from the form's text, or nothing while the text is not a polygon
  const points = useMemo(() => {
    if (draft.kind !== "polygon") return []
    const parsed = parseZoneShape(draft.shape)
    return "error" in parsed ? [] : parsed.coordinates[0]
  }, [draft])
  const addPoint = (point: Point) => {
    const open = points.length > 1 ? points.slice(0, -1) : points
    setDraft({ ...draft, shape: shapeToLines({ type: "Polygon", coordinates: [closeRing([...open, [point.lng, point.lat]])] }) })
  }
  const undoPoint = () => {
    const open = points.slice(0, -1).slice(0, -1)
    setDraft({ ...draft, shape: open.length ? shapeToLines({ type: "Polygon", coordinates: [closeRing(open)] }) : "" })
  }
  return {
    draft,
    setDraft,
    points,
    addPoint: draft.kind === "polygon" ? addPoint : undefined,
    undoPoint,
    edit: (zone: Zone) => setDraft(draftOf(zone)),
    reset: () => setDraft(EMPTY),
  }
}

export type ZoneDraftState = ReturnType<typeof useZoneDraft>
