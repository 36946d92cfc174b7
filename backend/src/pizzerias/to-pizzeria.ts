import { isOpenAt, type OpeningHours } from "./opening-hours"

/** What a sales channel with its stock location looks like once read through query.graph. */
export type PizzeriaChannel = {
  id: string
  stock_locations?: ({
    id: string
    name: string
    metadata?: Record<string, unknown> | null
    address?: {
      address_1?: string | null
      address_2?: string | null
      postal_code?: string | null
      city?: string | null
      country_code?: string | null
      phone?: string | null
    } | null
  } | null)[] | null
}

export type StorePizzeria = {
  id: string
  name: string
  address: { address_1: string; address_2: string | null; postal_code: string; city: string; country_code: string; phone: string | null }
  location: { lat: number; lng: number } | null
  sales_channel_id: string
  timezone: string
  opening_hours: OpeningHours | null
  is_open: boolean
}

const DEFAULT_TIMEZONE = "Europe/Paris"

/**
 * A pizzeria is a sales channel and its one stock location; the pizzeria's id
 * is the location's. Channels without a location are not pizzerias.
 */
export function toPizzeria(channel: PizzeriaChannel, now: Date): StorePizzeria | undefined {
  const location = channel.stock_locations?.find((candidate) => candidate !== null)
  if (!location) return undefined
  const metadata = location.metadata ?? {}
  const hours = (metadata.opening_hours as OpeningHours | undefined) ?? null
  const timezone = typeof metadata.timezone === "string" ? metadata.timezone : DEFAULT_TIMEZONE
  const lat = Number(metadata.lat)
  const lng = Number(metadata.lng)
  const address = location.address ?? {}
  return {
    id: location.id,
    name: location.name,
    address: {
      address_1: address.address_1 ?? "",
      address_2: address.address_2 ?? null,
      postal_code: address.postal_code ?? "",
      city: address.city ?? "",
      country_code: address.country_code ?? "",
      phone: address.phone ?? null,
    },
    location: Number.isFinite(lat) && Number.isFinite(lng) ? { lat, lng } : null,
    sales_channel_id: channel.id,
    timezone,
    opening_hours: hours,
    is_open: hours ? isOpenAt(hours, timezone, now) : false,
  }
}
