import { z } from "@medusajs/framework/zod"

const postcode = z.string().trim().min(2).max(10)

/** A zone's fields as the admin API takes them, without defaults (so an edit changes only what it names). */
const ZoneShape = z.object({
  stock_location_id: z.string().min(1),
  name: z.string().trim().min(1).max(120),
  kind: z.enum(["polygon", "radius", "postcodes"]),
  /** Checked in depth by the workflow (zoneProblems). */
  polygon: z.record(z.string(), z.unknown()).nullable().optional(),
  center_lat: z.number().min(-90).max(90).nullable().optional(),
  center_lng: z.number().min(-180).max(180).nullable().optional(),
  radius_km: z.number().positive().max(200).nullable().optional(),
  postal_codes: z.array(postcode).max(500).optional(),
  fee: z.number().min(0),
  min_order: z.number().min(0),
  free_delivery_threshold: z.number().min(0).nullable().optional(),
  eta_base_minutes: z.number().int().min(0).max(240),
  is_active: z.boolean(),
  priority: z.number().int().min(-1000).max(1000),
})

/** Creating a zone: what is not said takes its default. */
export const ZoneFields = ZoneShape.extend({
  min_order: ZoneShape.shape.min_order.default(0),
  eta_base_minutes: ZoneShape.shape.eta_base_minutes.default(20),
  is_active: ZoneShape.shape.is_active.default(true),
  priority: ZoneShape.shape.priority.default(0),
}).strict()

export type ZoneFieldsInput = z.infer<typeof ZoneFields>

/** Editing a zone: only the fields sent change. */
export const ZoneUpdate = ZoneShape.partial().strict()
export type ZoneUpdateInput = z.infer<typeof ZoneUpdate>
