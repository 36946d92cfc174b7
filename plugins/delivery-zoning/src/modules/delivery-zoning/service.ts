import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/knex"
import type { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { deliveryZoningOptionsSchema, type DeliveryZoningOptions } from "../../options"
import { DeliveryZone } from "./models/delivery-zone"
import { GeocodedAddress } from "./models/geocoded-address"
import { ServiceClosure } from "./models/service-closure"
import { ServiceLocation } from "./models/service-location"

const ZONE_COLUMNS = [
  "id",
  "stock_location_id",
  "name",
  "kind",
  "polygon",
  "center_lat",
  "center_lng",
  "radius_km",
  "postal_codes",
  "fee",
  "min_order",
  "free_delivery_threshold",
  "eta_base_minutes",
  "is_active",
  "priority",
]

/** A zone row as PostgreSQL returns it (numeric columns as strings). */
export type ZoneRow = {
  id: string
  stock_location_id: string
  name: string
  kind: "polygon" | "radius" | "postcodes"
  polygon: unknown
  center_lat: number | null
  center_lng: number | null
  radius_km: number | null
  postal_codes: string[] | null
  fee: string | number
  min_order: string | number
  free_delivery_threshold: string | number | null
  eta_base_minutes: number
  is_active: boolean
  priority: number
}

/** CRUD over zones, the locations' hours and closures, and the geocoding cache; holds the plugin's options. */
export default class DeliveryZoningModuleService extends MedusaService({
  DeliveryZone,
  ServiceLocation,
  ServiceClosure,
  GeocodedAddress,
}) {
  protected readonly options_: DeliveryZoningOptions

  constructor(container: Record<string, unknown>, options: Record<string, unknown> = {}) {
    super(container, options)
    // the loader already refused bad options; Medusa adds its own database key
    const { database: _database, ...own } = options
    this.options_ = deliveryZoningOptionsSchema.parse(own)
  }

  async getOptions(): Promise<DeliveryZoningOptions> {
    return this.options_
  }

  /**
   * Zones as plain rows (all when no filter), for the resolver: one SELECT
   * without the ORM's entity hydration, which dominated resolution time with
   * hundreds of zones (bench/zones.ts).
   */
  @InjectManager()
  async listZoneRows(filter: { stock_location_id?: string[]; id?: string[] } = {}, @MedusaContext() sharedContext: Context<SqlEntityManager> = {}): Promise<ZoneRow[]> {
    const knex = sharedContext.manager!.getKnex()
    const query = knex("delivery_zone").select(ZONE_COLUMNS).whereNull("deleted_at").orderBy("id")
    if (filter.stock_location_id) query.whereIn("stock_location_id", filter.stock_location_id)
    if (filter.id) query.whereIn("id", filter.id)
    return (await query) as ZoneRow[]
  }
}
