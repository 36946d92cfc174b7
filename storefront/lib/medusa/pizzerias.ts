import "server-only"
import { medusa } from "./client"

export type Pizzeria = {
  id: string
  name: string
  address: { address_1: string; postal_code: string; city: string; phone: string | null }
  location: { lat: number; lng: number } | null
  sales_channel_id: string
  is_open: boolean
  opening_hours: Record<string, [string, string][]> | null
}

export async function listPizzerias(): Promise<Pizzeria[]> {
  const { pizzerias } = await medusa().client.fetch<{ pizzerias: Pizzeria[] }>("/store/pizzerias", { cache: "no-store" })
  return pizzerias
}

export async function getPizzeria(id: string): Promise<Pizzeria | undefined> {
  return (await listPizzerias()).find((pizzeria) => pizzeria.id === id)
}
