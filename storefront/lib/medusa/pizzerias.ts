import "server-only"
import { medusa } from "./client"

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

export async function listPizzerias(): Promise<Pizzeria[]> {
  const { pizzerias } = await medusa().client.fetch<{ pizzerias: Pizzeria[] }>("/store/pizzerias", { cache: "no-store" })
  return pizzerias
}

export async function getPizzeria(id: string): Promise<Pizzeria | undefined> {
  return (await listPizzerias()).find((pizzeria) => pizzeria.id === id)
}
