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

/** POST /store/delivery-zones/resolve: the quote, with the sales channel to create the cart on (a pizzeria is its stock location). */
export type DeliveryResolution = DeliveryQuote & { sales_channel_id: string | null }

/** One address the customer may mean, as they type it (the address search's suggestions, or an ambiguous address's candidates). */
export type AddressSuggestion = {
  /** The whole address in one line, as it is shown ("12 Rue des Jacobins 80000 Amiens"). */
  label: string
  /** Street line ("12 Rue des Jacobins"); null for a commune or a postcode alone. */
  address_1: string | null
  postal_code: string | null
  city: string | null
  /** Null when the suggestion is only a postcode or a commune known offline. */
  lat: number | null
  lng: number | null
  /** Who found it: the Base Adresse Nationale, Google, the store's own list of addresses, or official postcode data shipped with the plugin. */
  source: "ban" | "google" | "gazetteer" | "postcode"
}

/** GET /store/delivery-zones/suggestions?q=: what the typed text may be, best first. */
export type AddressSuggestions = { suggestions: AddressSuggestion[] }
