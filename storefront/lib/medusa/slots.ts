import "server-only"
import type { Fulfilment, MenuItem, PizzeriaSlots } from "@oc-pizza/api-types"
import type { Locale } from "@/lib/i18n/messages"
import { storeApi } from "./client"

/** A slot as the picker offers it: its instant (the value sent back) and its time in the pizzeria's zone. */
export type SlotOption = { value: string; label: string }
/** A day of slots: "aujourd'hui", "demain", then the weekday and date. */
export type SlotDay = { date: string; label: string; slots: SlotOption[] }
/** What the checkout's "when" offers for one kind of order. */
export type SlotChoice = { asap: boolean; days: SlotDay[] }

/** The most pizzas a slot listing is asked about (the route's own bound). */
const MAX_PIZZAS = 200

/**
 * How many of these lines the oven bakes, as the backend counts a slot's
 * room: the dishes with a recipe (the menu lists their ingredients); a drink
 * takes no room.
 */
export function ovenPizzas(menu: MenuItem[], lines: { variant_id: string | null; quantity: number }[]): number {
  const baked = new Set(menu.flatMap((item) => (item.ingredients.length > 0 ? item.variants.map((variant) => variant.id) : [])))
  return Math.min(
    MAX_PIZZAS,
    lines.reduce((sum, line) => sum + (line.variant_id && baked.has(line.variant_id) ? line.quantity : 0), 0)
  )
}

/** The quarter hours with room for `pizzas` at a pizzeria (never cached: each booking takes room). */
export function getSlots(pizzeriaId: string, fulfilment: Fulfilment, pizzas: number): Promise<PizzeriaSlots> {
  return storeApi<PizzeriaSlots>(`/store/pizzerias/${pizzeriaId}/slots`, { query: { fulfilment, pizzas }, token: null })
}

/** Books the cart for a slot, or back to "as soon as possible" (null); refusals (`slot_full`, `slot_too_soon`, `slot_closed`) arrive as StoreApiError. */
export async function setCartSlot(cartId: string, scheduledFor: string | null): Promise<void> {
  await storeApi(`/store/carts/${cartId}/slot`, { method: "POST", body: { scheduled_for: scheduledFor } })
}

/** The slots in words, in the shopper's language and the pizzeria's time zone; days without a slot left out. */
export function slotChoice(slots: PizzeriaSlots, locale: Locale, words: { today: string; tomorrow: string }): SlotChoice {
  const tag = locale === "fr" ? "fr-FR" : "en-GB"
  const time = new Intl.DateTimeFormat(tag, { timeZone: slots.timezone, hour: "2-digit", minute: "2-digit" })
  const day = new Intl.DateTimeFormat(tag, { timeZone: "UTC", weekday: "long", day: "numeric", month: "long" })
  const [today, tomorrow] = slots.days.map((entry) => entry.date)
  return {
    asap: slots.asap.available,
    days: slots.days
      .filter((entry) => entry.slots.length > 0)
      .map((entry) => ({
        date: entry.date,
        label: entry.date === today ? words.today : entry.date === tomorrow ? words.tomorrow : day.format(new Date(`${entry.date}T12:00:00Z`)),
        slots: entry.slots.map((slot) => ({ value: slot.starts_at, label: time.format(new Date(slot.starts_at)) })),
      })),
  }
}
