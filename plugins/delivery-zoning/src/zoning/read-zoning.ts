import type { GeoJsonPolygon } from "../geo/geometry"
import type DeliveryZoningModuleService from "../modules/delivery-zoning/service"
import type { ZoneRow } from "../modules/delivery-zoning/service"
import type { WeeklyHours } from "../service-hours/service-hours"
import type { ServicePoint, Zone } from "./zone-types"

type Amount = number | string | { valueOf(): number } | null | undefined
const amount = (value: Amount): number => Number(value ?? 0)

/** The zones of some stock locations (all when `stockLocationIds` is undefined), active or not. */
export async function readZones(zoning: DeliveryZoningModuleService, stockLocationIds?: string[]): Promise<Zone[]> {
  return (await zoning.listZoneRows(stockLocationIds ? { stock_location_id: stockLocationIds } : {})).map(toZone)
}

/** One zone, or undefined when there is none with this id. */
export async function readZone(zoning: DeliveryZoningModuleService, id: string): Promise<Zone | undefined> {
  const [row] = await zoning.listZoneRows({ id: [id] })
  return row && toZone(row)
}

function toZone(row: ZoneRow): Zone {
  return {
    id: row.id,
    stock_location_id: row.stock_location_id,
    name: row.name,
    kind: row.kind,
    polygon: (row.polygon as GeoJsonPolygon | null) ?? null,
    center_lat: row.center_lat ?? null,
    center_lng: row.center_lng ?? null,
    radius_km: row.radius_km ?? null,
    postal_codes: (row.postal_codes as string[] | null) ?? [],
    fee: amount(row.fee),
    min_order: amount(row.min_order),
    free_delivery_threshold: row.free_delivery_threshold === null ? null : amount(row.free_delivery_threshold),
    eta_base_minutes: row.eta_base_minutes,
    is_active: row.is_active,
    priority: row.priority,
  }
}

/** Where the locations stand and their hours, closures included. */
export async function readServicePoints(zoning: DeliveryZoningModuleService, stockLocationIds?: string[]): Promise<ServicePoint[]> {
  const rows = await zoning.listServiceLocations(stockLocationIds ? { stock_location_id: stockLocationIds } : {}, {
    relations: ["closures"],
    take: null,
  })
  return rows.map((row) => ({
    stock_location_id: row.stock_location_id,
    location: { lat: row.latitude, lng: row.longitude },
    timezone: row.timezone,
    opening_hours: row.opening_hours as WeeklyHours,
    closures: (row.closures ?? []).map((closure) => ({ starts_at: closure.starts_at, ends_at: closure.ends_at, reason: closure.reason })),
  }))
}
