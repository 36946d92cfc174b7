/** The admin API on the admin's own origin, with the session cookie; a refusal becomes an Error with the API's message. */
export async function adminApi<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await fetch(path, { credentials: "include", headers: { "content-type": "application/json" }, ...init })
  const body = await response.json()
  if (!response.ok) throw new Error(body.message ?? `HTTP ${response.status}`)
  return body as T
}

export type Zone = {
  id: string
  stock_location_id: string
  name: string
  kind: "polygon" | "radius" | "postcodes"
  polygon: { type: "Polygon"; coordinates: [number, number][][] } | null
  center_lat: number | null
  center_lng: number | null
  radius_km: number | null
  postal_codes: string[]
  fee: number
  min_order: number
  free_delivery_threshold: number | null
  eta_base_minutes: number
  is_active: boolean
  priority: number
}

export type ServiceHours = {
  stock_location_id: string
  location: { lat: number; lng: number }
  timezone: string
  opening_hours: Partial<Record<"mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun", [string, string][]>>
  closures: { starts_at: string; ends_at: string; reason: string | null }[]
  is_open: boolean
  next_opening_at: string | null
}
