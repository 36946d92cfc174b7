import { model } from "@medusajs/framework/utils"

/**
 * A geocoding answer kept so an address is looked up once. `source` says who
 * answered: Google, the Base Adresse Nationale ("ban"), or the application's
 * own gazetteer (never expires). Addresses the geocoder does not know are kept
 * too (found = false), for less time.
 */
export const GeocodedAddress = model.define("geocoded_address", {
  id: model.id({ prefix: "geo" }).primaryKey(),
  query: model.text().unique(),
  found: model.boolean().default(true),
  latitude: model.float().nullable(),
  longitude: model.float().nullable(),
  postal_code: model.text().nullable(),
  formatted_address: model.text().nullable(),
  source: model.enum(["google", "gazetteer", "ban"]),
  expires_at: model.dateTime().nullable(),
})
