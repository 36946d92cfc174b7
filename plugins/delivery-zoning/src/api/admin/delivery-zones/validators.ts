import { z } from "@medusajs/framework/zod"

export { ZoneFields as PostDeliveryZone, ZoneUpdate as PostDeliveryZoneUpdate } from "../../../zoning/zone-input"

export const GetDeliveryZones = z
  .object({
    stock_location_id: z.union([z.string(), z.array(z.string())]).optional(),
    is_active: z.preprocess((value) => (value === "true" ? true : value === "false" ? false : value), z.boolean()).optional(),
  })
  .strict()

export type GetDeliveryZonesType = z.infer<typeof GetDeliveryZones>
