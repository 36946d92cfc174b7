/**
 * Which pizzeria delivers to an address, for how much and how soon. Amounts
 * are in the currency's main unit; refusals (outside every zone, closed) are
 * errors with a code instead.
 */
export type DeliveryQuote = {
  stock_location_id: string
  zone_id: string
  zone_name: string
  fee: number
  min_order: number
  free_delivery_threshold: number | null
  eta_minutes: number
  ride: { minutes: number; distance_km: number; measured_by: "google" | "estimate" } | null
  kitchen_delay_minutes: number
  location: { lat: number; lng: number } | null
  located_by: string
  formatted_address: string | null
}

/** POST /store/delivery-zones/resolve: the quote, with the pizzeria (the stock location) and the sales channel to create the cart on. */
export type DeliveryResolution = DeliveryQuote & { pizzeria_id: string; sales_channel_id: string | null }
