import { z } from "@medusajs/framework/zod"

const postcode = z.string().trim().min(2).max(10)

/** A zone as the admin API takes it; `polygon` is checked in depth by the workflow (zoneProblems). */
export const ZoneFields = z
  .object({
    stock_location_id: z.string().min(1),
    name: z.string().trim().min(1).max(120),
    kind: z.enum(["polygon", "radius", "postcodes"]),
    polygon: z.record(z.string(), z.unknown()).nullable().optional(),
    center_lat: z.number().min(-90).max(90).nullable().optional(),
    center_lng: z.number().min(-180).max(180).nullable().optional(),
    radius_km: z.number().positive().max(200).nullable().optional(),
    postal_codes: z.array(postcode).max(500).optional(),
    fee: z.number().min(0),
    min_order: z.number().min(0).default(0),
    free_delivery_threshold: z.number().min(0).nullable().optional(),
    eta_base_minutes: z.number().int().min(0).max(240).default(20),
    is_active: z.boolean().default(true),
    priority: z.number().int().min(-1000).max(1000).default(0),
  })
  .strict()

export type ZoneFieldsInput = z.infer<typeof ZoneFields>
export const ZoneUpdate = ZoneFields.partial().strict()
export type ZoneUpdateInput = z.infer<typeof ZoneUpdate>
