import { cache } from "react"
import "server-only"
import { storeApi } from "./client"

export type Pizzeria = {
  id: string
  name: string
  address: { address_1: string; postal_code: string; city: string; phone: string | null }
  location: { lat: number; lng: number } | null
  sales_channel_id: string
  is_open: boolean
  /** When a closed pizzeria takes orders again (ISO instant), null when nothing is planned. */
  next_opening_at: string | null
  timezone: string
  opening_hours: Record<string, [string, string][]> | null
  closures: { starts_at: string; ends_at: string; reason: string | null }[]
  /** A manager's rush pause: open, but orders by phone only until `paused_until`. */
  online_orders: { accepting: boolean; paused_until: string | null; reason: string | null }
}

/** Once per request however many components ask (React's request cache). */
export const listPizzerias = cache(async (): Promise<Pizzeria[]> => {
  const { pizzerias } = await storeApi<{ pizzerias: Pizzeria[] }>("/store/pizzerias", { token: null })
  return pizzerias
})

export async function getPizzeria(id: string): Promise<Pizzeria | undefined> {
  return (await listPizzerias()).find((pizzeria) => pizzeria.id === id)
}
