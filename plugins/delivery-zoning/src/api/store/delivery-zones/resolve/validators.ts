import { z } from "@medusajs/framework/zod"

const StructuredAddress = z
  .object({
    address_1: z.string().max(200),
    address_2: z.string().max(200).nullable().optional(),
    postal_code: z.string().max(12).optional(),
    city: z.string().max(120).optional(),
    country_code: z.string().length(2).optional(),
  })
  .strict()

/** Body of POST /store/delivery-zones/resolve: an address, a postcode, browser coordinates, or a mix. */
export const PostResolveDeliveryZone = z
  .object({
    address: z.union([z.string().trim().min(3).max(300), StructuredAddress]).optional(),
    postal_code: z.string().trim().min(2).max(12).optional(),
    lat: z.number().min(-90).max(90).optional(),
    lng: z.number().min(-180).max(180).optional(),
    /** The basket's amount so far, to tell whether delivery is free. */
    subtotal: z.number().min(0).optional(),
  })
  .strict()
  .refine((body) => body.address || body.postal_code || (body.lat !== undefined && body.lng !== undefined), {
    message: "Give an address, a postal_code, or lat and lng",
  })
  .refine((body) => (body.lat === undefined) === (body.lng === undefined), { message: "lat and lng go together" })

export type PostResolveDeliveryZoneType = z.infer<typeof PostResolveDeliveryZone>
