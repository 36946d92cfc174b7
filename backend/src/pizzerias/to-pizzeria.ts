import { onlineOrdersPause } from "./online-orders-pause"
import { isOpenAt, nextOpeningAt, type ServiceHours, type WeeklyHours } from "@oc-pizza/medusa-plugin-delivery-zoning/workflows"

/** What a sales channel with its stock location looks like once read through query.graph. */
export type PizzeriaChannel = {
  id: string
  stock_locations?:
    | ({
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
        /** The zoning plugin's record: position, hours, closures. */
        service_location?: {
          latitude: number
          longitude: number
          timezone: string
          opening_hours: unknown
          closures?: ({ starts_at: Date | string; ends_at: Date | string; reason: string | null } | null)[] | null
        } | null
      } | null)[]
    | null
}

export type StorePizzeria = {
  id: string
  name: string
  address: { address_1: string; address_2: string | null; postal_code: string; city: string; country_code: string; phone: string | null }
  location: { lat: number; lng: number } | null
  sales_channel_id: string
  timezone: string
  opening_hours: WeeklyHours | null
  /** Exceptional closures that have not ended yet. */
  closures: { starts_at: string; ends_at: string; reason: string | null }[]
  is_open: boolean
  next_opening_at: string | null
  /** A manager's rush pause: the pizzeria is open but takes orders by phone only until `paused_until`. */
  online_orders: { accepting: boolean; paused_until: string | null; reason: string | null }
}

const DEFAULT_TIMEZONE = "Europe/Paris"

/**
 * A pizzeria is a sales channel and its one stock location; the pizzeria's id
 * is the location's. Channels without a location are not pizzerias; a
 * location without hours has set no limit, so it is open, as checkout (the
 * zoning plugin) treats it.
 */
export function toPizzeria(channel: PizzeriaChannel, now: Date): StorePizzeria | undefined {
  const location = channel.stock_locations?.find((candidate) => candidate !== null)
  if (!location) return undefined
  const settings = location.service_location
  const closures = (settings?.closures ?? [])
    .filter((closure): closure is NonNullable<typeof closure> => !!closure && new Date(closure.ends_at) > now)
    .map((closure) => ({ starts_at: new Date(closure.starts_at).toISOString(), ends_at: new Date(closure.ends_at).toISOString(), reason: closure.reason }))
    .sort((a, b) => a.starts_at.localeCompare(b.starts_at))
  const service: ServiceHours | undefined = settings ? { timezone: settings.timezone, opening_hours: settings.opening_hours as WeeklyHours, closures } : undefined
  const address = location.address ?? {}
  const pause = onlineOrdersPause(location.metadata, now)
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
    location: settings ? { lat: settings.latitude, lng: settings.longitude } : null,
    sales_channel_id: channel.id,
    timezone: settings?.timezone ?? DEFAULT_TIMEZONE,
    opening_hours: service?.opening_hours ?? null,
    closures,
    is_open: service ? isOpenAt(service, now) : true,
    next_opening_at: service ? (nextOpeningAt(service, now)?.toISOString() ?? null) : null,
    online_orders: pause ? { accepting: false, paused_until: pause.until, reason: pause.reason } : { accepting: true, paused_until: null, reason: null },
  }
}
