import type { IInventoryService, MedusaContainer, ReservationItemDTO } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { orderedQuantity } from "../kitchen/ordered-quantity"
import { lineKitsOf, type CustomisableLine } from "./line-kits"

/**
 * How a customised pizza's stock is held. Medusa reserves each line's kit
 * (its size's recipe) and, at fulfilment, takes each of the line's
 * reservations out of stock at the kit's quantity. So:
 * - an ingredient left out: the line's reservation of it is deleted, and
 *   Medusa's fulfilment, which goes by the line's reservations, takes none;
 * - an extra: a reservation of its own, not on the line (Medusa would take
 *   the kit's quantity, or 1, of it), named `extra:<line id>` in
 *   `external_id`; taken out of stock by our fulfilment step
 *   (workflows/kitchen/steps/settle-extras.ts) and released with the order.
 */
export const extraReservationRef = (lineId: string): string => `extra:${lineId}`

export type ReservationSnapshot = {
  line_item_id: string | null
  external_id: string | null
  inventory_item_id: string
  location_id: string
  quantity: number
  description: string | null
}

/** What matchCustomisedReservations changed, to undo it. */
export type ReservationChanges = { created: string[]; deleted: ReservationSnapshot[] }

const snapshotOf = (reservation: {
  line_item_id?: string | null
  external_id?: string | null
  inventory_item_id: string
  location_id: string
  quantity: unknown
  description?: string | null
}): ReservationSnapshot => ({
  line_item_id: reservation.line_item_id ?? null,
  external_id: reservation.external_id ?? null,
  inventory_item_id: reservation.inventory_item_id,
  location_id: reservation.location_id,
  quantity: Number(reservation.quantity),
  description: reservation.description ?? null,
})

/** The extras' reservations of these lines. */
export async function extraReservationsOf(container: MedusaContainer, lineIds: string[]) {
  if (!lineIds.length) return []
  const inventory = container.resolve<IInventoryService>(Modules.INVENTORY)
  const refs = new Set(lineIds.map(extraReservationRef))
  // external_id is a column of Medusa's reservation (not in its filter's type); kept to those asked, whatever the filter did
  const reservations = (await inventory.listReservationItems({ external_id: [...refs] } as Record<string, unknown>, { take: null })) as (ReservationItemDTO & {
    external_id: string | null
  })[]
  return reservations.filter((reservation) => reservation.external_id !== null && refs.has(reservation.external_id))
}

/**
 * Makes the reservations of a just-placed order's customised lines hold what
 * they take (see above). Run under the pizzeria's stock lock, right after
 * Medusa's completion reserved the kits; a line already matched (a retry) is
 * left as it is. `allowBackorder`: the repair job holds what an order was
 * promised even beyond what is left, as it does for the lines.
 */
export async function matchCustomisedReservations(
  container: MedusaContainer,
  orderId: string,
  stockLocationId: string,
  { allowBackorder = false }: { allowBackorder?: boolean } = {}
): Promise<ReservationChanges> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "items.id", "items.title", "items.quantity", "items.detail.quantity", "items.variant_id", "items.product_id", "items.metadata"],
    filters: { id: orderId },
  })
  const items = ((data[0]?.items ?? []) as (CustomisableLine & { title: string; detail?: { quantity?: unknown } | null })[]).filter(Boolean)
  const kits = await lineKitsOf(container, items)
  const lineIds = Object.keys(kits)
  if (!lineIds.length) return { created: [], deleted: [] }

  const inventory = container.resolve<IInventoryService>(Modules.INVENTORY)
  const [reserved, extras] = await Promise.all([inventory.listReservationItems({ line_item_id: lineIds }, { take: null }), extraReservationsOf(container, lineIds)])
  const matched = new Set(extras.map((reservation) => reservation.external_id))
  const toDelete: typeof reserved = []
  const toCreate: ReservationSnapshot[] = []
  for (const line of items.filter((item) => kits[item.id] && !matched.has(extraReservationRef(item.id)))) {
    const quantity = orderedQuantity(line)
    const takes = new Map(kits[line.id].map((part) => [part.inventory_item_id, part.required_quantity * quantity]))
    const held = new Map<string, number>()
    for (const reservation of reserved.filter((candidate) => candidate.line_item_id === line.id)) {
      if (!takes.has(reservation.inventory_item_id)) toDelete.push(reservation)
      else held.set(reservation.inventory_item_id, Number(reservation.quantity))
    }
    for (const [inventoryItemId, total] of takes) {
      const extra = total - (held.get(inventoryItemId) ?? 0)
      if (extra > 0) {
        toCreate.push({
          line_item_id: null,
          external_id: extraReservationRef(line.id),
          inventory_item_id: inventoryItemId,
          location_id: stockLocationId,
          quantity: extra,
          description: `Supplément · ${line.title}`,
        })
      }
    }
  }
  if (toDelete.length) await inventory.deleteReservationItems(toDelete.map((reservation) => reservation.id))
  const created = toCreate.length
    ? await inventory.createReservationItems(toCreate.map(({ line_item_id: _none, ...reservation }) => ({ ...reservation, allow_backorder: allowBackorder })))
    : []
  return { created: created.map((reservation) => reservation.id), deleted: toDelete.map(snapshotOf) }
}

/**
 * A checkout undone after the match: the extras' reservations go. The line
 * reservations it deleted are not made again: Medusa's own compensation
 * deletes the line reservations it made, by their ids, with the order.
 */
export async function undoReservationChanges(container: MedusaContainer, changes: ReservationChanges): Promise<void> {
  if (changes.created.length) await container.resolve<IInventoryService>(Modules.INVENTORY).deleteReservationItems(changes.created)
}

export async function recreateReservations(container: MedusaContainer, snapshots: ReservationSnapshot[]): Promise<void> {
  if (!snapshots.length) return
  const inventory = container.resolve<IInventoryService>(Modules.INVENTORY)
  await inventory.createReservationItems(
    snapshots.map((snapshot) => ({
      ...(snapshot.line_item_id ? { line_item_id: snapshot.line_item_id } : {}),
      ...(snapshot.external_id ? { external_id: snapshot.external_id } : {}),
      inventory_item_id: snapshot.inventory_item_id,
      location_id: snapshot.location_id,
      quantity: snapshot.quantity,
      description: snapshot.description ?? undefined,
    }))
  )
}

/** Releases the extras' reservations of these lines (an order cancelled); returns them, to put back. */
export async function releaseExtraReservations(container: MedusaContainer, lineIds: string[]): Promise<ReservationSnapshot[]> {
  const extras = await extraReservationsOf(container, lineIds)
  if (!extras.length) return []
  await container.resolve<IInventoryService>(Modules.INVENTORY).deleteReservationItems(extras.map((reservation) => reservation.id))
  return extras.map(snapshotOf)
}
