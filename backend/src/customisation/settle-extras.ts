import type { IInventoryService, MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { INGREDIENT_STOCK_MODULE, type IngredientStockModuleService } from "@oc-pizza/medusa-plugin-ingredient-stock/workflows"
import { extraReservationsOf, recreateReservations, type ReservationSnapshot } from "./customised-reservations"

/** What settling or returning extras changed, to undo it: stock changes, ledger lines, reservations taken. */
export type ExtrasUndo = {
  location_id: string
  changes: { inventory_item_id: string; quantity: number }[]
  movement_ids: string[]
  /** reservations taken (settled), to make again */
  reservations: ReservationSnapshot[]
  /** reservations made (returned), to delete */
  held?: string[]
}

const nothing = (locationId: string): ExtrasUndo => ({ location_id: locationId, changes: [], movement_ids: [], reservations: [] })

async function move(
  container: MedusaContainer,
  locationId: string,
  parts: { inventory_item_id: string; quantity: number; note: string | null }[],
  type: "sale" | "cancel",
  reference: string
): Promise<Pick<ExtrasUndo, "changes" | "movement_ids">> {
  const inventory = container.resolve<IInventoryService>(Modules.INVENTORY)
  const movements = []
  for (const part of parts) {
    const level = await inventory.adjustInventory(part.inventory_item_id, locationId, part.quantity)
    movements.push({
      inventory_item_id: part.inventory_item_id,
      stock_location_id: locationId,
      type,
      quantity: part.quantity,
      level_after: Number(level.stocked_quantity),
      actor_type: "system",
      reference,
      // which line's extra it was (`extra:<line id>`), so a cancelled fulfillment holds it for that line again
      note: part.note,
    })
  }
  const recorded = await container.resolve<IngredientStockModuleService>(INGREDIENT_STOCK_MODULE).createStockMovements(movements)
  return { changes: movements.map(({ inventory_item_id, quantity }) => ({ inventory_item_id, quantity })), movement_ids: recorded.map((movement) => movement.id) }
}

/**
 * A fulfillment made (the pizzas are ready): the extras' own reservations of
 * its lines (customised-reservations.ts) leave the stock as Medusa's
 * fulfillment did for the recipes, with their sale lines in the ledger
 * (`sale:<fulfillment id>:extras`), so an order's sales add up to what its
 * pizzas took. Medusa fulfils whole lines here; a partial fulfillment
 * through Medusa's admin takes a line's extras whole.
 */
export async function settleExtras(container: MedusaContainer, fulfillment: { id: string; location_id: string; line_ids: string[] }): Promise<ExtrasUndo> {
  const extras = await extraReservationsOf(container, fulfillment.line_ids)
  if (!extras.length) return nothing(fulfillment.location_id)
  await container.resolve<IInventoryService>(Modules.INVENTORY).deleteReservationItems(extras.map((reservation) => reservation.id))
  const taken = extras.map((reservation) => ({ inventory_item_id: reservation.inventory_item_id, quantity: -Number(reservation.quantity), note: reservation.external_id }))
  const moved = await move(container, fulfillment.location_id, taken, "sale", `sale:${fulfillment.id}:extras`)
  return {
    location_id: fulfillment.location_id,
    ...moved,
    reservations: extras.map((reservation) => ({
      line_item_id: null,
      external_id: reservation.external_id,
      inventory_item_id: reservation.inventory_item_id,
      location_id: reservation.location_id,
      quantity: Number(reservation.quantity),
      description: reservation.description ?? null,
    })),
  }
}

/**
 * A fulfillment cancelled: as Medusa puts the recipes' ingredients back and
 * holds them for the order's lines again, the extras it took come back,
 * with `cancel:<fulfillment id>:extras` lines, and are held for their lines
 * again (the order's own cancellation, when it follows, releases them).
 * Once per fulfillment.
 */
export async function returnExtras(container: MedusaContainer, fulfillment: { id: string; location_id: string }): Promise<ExtrasUndo> {
  const stock = container.resolve<IngredientStockModuleService>(INGREDIENT_STOCK_MODULE)
  const [sold, returned] = await Promise.all([
    stock.listStockMovements({ reference: `sale:${fulfillment.id}:extras` }),
    stock.listStockMovements({ reference: `cancel:${fulfillment.id}:extras` }, { take: 1 }),
  ])
  if (!sold.length || returned.length) return nothing(fulfillment.location_id)
  const back = sold.map((sale) => ({ inventory_item_id: sale.inventory_item_id, quantity: -Number(sale.quantity), note: sale.note ?? null }))
  const moved = await move(container, fulfillment.location_id, back, "cancel", `cancel:${fulfillment.id}:extras`)
  const held = back.flatMap((part) =>
    part.note?.startsWith("extra:")
      ? [{ external_id: part.note, inventory_item_id: part.inventory_item_id, location_id: fulfillment.location_id, quantity: part.quantity, description: "Supplément" }]
      : []
  )
  const created = held.length ? await container.resolve<IInventoryService>(Modules.INVENTORY).createReservationItems(held.map((part) => ({ ...part, allow_backorder: true }))) : []
  return { location_id: fulfillment.location_id, ...moved, reservations: [], held: created.map((reservation) => reservation.id) }
}

/** Takes back what settleExtras or returnExtras did. */
export async function undoExtras(container: MedusaContainer, undo: ExtrasUndo): Promise<void> {
  const inventory = container.resolve<IInventoryService>(Modules.INVENTORY)
  if (undo.held?.length) await inventory.deleteReservationItems(undo.held)
  for (const change of undo.changes) await inventory.adjustInventory(change.inventory_item_id, undo.location_id, -change.quantity)
  if (undo.movement_ids.length) await container.resolve<IngredientStockModuleService>(INGREDIENT_STOCK_MODULE).deleteStockMovements(undo.movement_ids)
  await recreateReservations(container, undo.reservations)
}
