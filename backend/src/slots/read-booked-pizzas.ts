import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

type Knex = { raw: (sql: string, bindings: unknown[]) => Promise<{ rows: { slot: Date; pizzas: string | number; orders: string | number }[] }> }

export type BookedSlot = { pizzas: number; orders: number }

/**
 * Pizzas and orders booked per quarter hour at a pizzeria between `from` and
 * `until` (keyed by the slot's start in milliseconds): every ticket not
 * cancelled, as soon as possible and scheduled alike, but `exceptOrderId`
 * (an order changing its own booking). One grouped read on the tickets'
 * index: ten thousand bookings cost one row per slot.
 */
export async function readBookedSlots(
  container: MedusaContainer,
  stockLocationId: string,
  from: Date,
  until: Date,
  exceptOrderId: string | null = null
): Promise<Map<number, BookedSlot>> {
  const knex = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = await knex.raw(
    `SELECT capacity_slot_at AS slot, sum(pizzas) AS pizzas, count(*) AS orders
       FROM kitchen_ticket
      WHERE stock_location_id = ? AND capacity_slot_at >= ? AND capacity_slot_at < ?
        AND deleted_at IS NULL AND status <> 'cancelled' AND (?::text IS NULL OR order_id <> ?::text)
      GROUP BY capacity_slot_at`,
    [stockLocationId, from, until, exceptOrderId, exceptOrderId]
  )
  return new Map(rows.map((row) => [new Date(row.slot).getTime(), { pizzas: Number(row.pizzas), orders: Number(row.orders) }]))
}
