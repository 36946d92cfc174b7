import { z } from "@medusajs/framework/zod"

/** Options of @oc-pizza/medusa-plugin-delivery-zoning, validated when the plugin loads. */
export const deliveryZoningOptionsSchema = z
  .object({
    /**
     * Google Maps Platform key for geocoding and road distances. Without it,
     * postcode zones and coordinates sent by the browser still work.
     * @default undefined
     */
    googleMapsApiKey: z.string().min(1).optional(),
    /**
     * How long a geocoded address is kept in the database.
     * @default 30
     */
    geocodeCacheDays: z.number().int().positive().default(30),
    /**
     * Time allowed to a Google call before falling back.
     * @default 2500
     */
    googleTimeoutMs: z.number().int().positive().default(2500),
    /**
     * Region bias for geocoding (ccTLD, e.g. "fr"), so "Rue de Noyon" is looked up in France first.
     * @default undefined
     */
    region: z.string().length(2).optional(),
    /**
     * Browser key for the admin's map preview (Maps JavaScript API, restricted
     * to the admin's address). Without it the admin draws zones on an SVG map
     * that needs no network. Never the server key.
     * @default undefined
     */
    googleMapsBrowserKey: z.string().min(1).optional(),
    /**
     * Straight-line distance × this factor estimates the road distance when
     * Google's Distance Matrix cannot be used.
     * @default 1.3
     */
    roadFactor: z.number().min(1).default(1.3),
    /**
     * Average delivery speed in km/h for that estimate.
     * @default 25
     */
    averageSpeedKmh: z.number().positive().default(25),
  })
  .strict()

export type DeliveryZoningOptions = z.infer<typeof deliveryZoningOptionsSchema>
