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
     * Base URL of the Base Adresse Nationale's geocoder (its `/search` is
     * called), the default geocoder for France when no Google key is set.
     * `false` switches it off (then only the cache, the gazetteer and the
     * offline postcode and commune data answer). Tests and operators may point
     * it at a stand-in or a self-hosted copy (addok).
     * @default "https://data.geopf.fr/geocodage"
     */
    banApiUrl: z.union([z.string().url(), z.literal(false)]).default("https://data.geopf.fr/geocodage"),
    /**
     * Time allowed to one Base Adresse Nationale call before falling back to
     * the offline data (no retries).
     * @default 1500
     */
    banTimeoutMs: z.number().int().positive().default(1500),
    /**
     * How many typed queries the address search keeps in each process's
     * memory (least recently used dropped first).
     * @default 1000
     */
    suggestionCacheSize: z.number().int().min(0).default(1000),
    /**
     * How long the address search keeps a query's suggestions in memory
     * (an answer made without any geocoder is kept at most 60 s, so the
     * geocoder's answer replaces it once it is back).
     * @default 600
     */
    suggestionCacheSeconds: z.number().int().min(0).default(600),
    /**
     * Geocoder calls per second the address search may make in each process;
     * beyond, it answers from the gazetteer and the offline postcodes, so the
     * geocoder's quota stays for the lookups that place orders. 0: never.
     * @default 10
     */
    suggestionGeocoderPerSecond: z.number().int().min(0).default(10),
    /**
     * Region bias for geocoding (ccTLD, e.g. "fr"), so "Rue de Noyon" is looked up in France first.
     * @default undefined
     */
    region: z.string().length(2).optional(),
    /**
     * Browser key for the admin's map preview (Maps JavaScript API, restricted
     * to the admin's address). Without it the admin draws zones on an open
     * map (Leaflet) over the tiles of `mapTileUrl`. Never the server key.
     * @default undefined
     */
    googleMapsBrowserKey: z.string().min(1).optional(),
    /**
     * Tile URL template of the admin's map when there is no browser key
     * (Leaflet's `{z}/{x}/{y}`, optional `{s}` and `{r}`). OpenStreetMap's
     * own tiles suit a few managers; at volume use your own tile server or
     * a provider, per OpenStreetMap's tile usage policy.
     * @default "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
     */
    mapTileUrl: z
      .string()
      .regex(/^https?:\/\/\S+$/, "mapTileUrl must be an http(s) URL")
      .refine((url) => ["{z}", "{x}", "{y}"].every((part) => url.includes(part)), "mapTileUrl must contain {z}, {x} and {y}")
      .default("https://tile.openstreetmap.org/{z}/{x}/{y}.png"),
    /**
     * The credit the tiles' licence requires, shown in the map's corner
     * (HTML: a link is allowed).
     * @default '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors'
     */
    mapTileAttribution: z.string().min(1).default('&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors'),
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
