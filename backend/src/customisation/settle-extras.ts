import type { IInventoryService, MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { INGREDIENT_STOCK_MODULE, type IngredientStockModuleService } from "@oc-pizza/medusa-plugin-ingredient-stock/workflows"
import { extraReservationsOf, recreateReservations, type ReservationSnapshot } from "./customised-reservations"

/** What settling or returning extras changed, to undo it: stock changes, ledger lines, reservations taken. */
export type ExtrasUndo = { location_id: string; changes: { inventory_item_id: string; quantity: number }[]; movement_ids: string[]; reservations: ReservationSnapshot[] }

const nothing = (locationId: string): ExtrasUndo => ({ location_id: locationId, changes: [], movement_ids: [], reservations: [] })

async function move(
  container: MedusaContainer,
  locationId: string,
  quantities: Map<string, number>,
  type: "sale" | "cancel",
  reference: string
): Promise<Pick<ExtrasUndo, "changes" | "movement_ids">> {
  const inventory = container.resolve<IInventoryService>(Modules.INVENTORY)
  const movements = []
  for (const [inventoryItemId, quantity] of quantities) {
    const level = await inventory.adjustInventory(inventoryItemId, locationId, quantity)
    movements.push({
      inventory_item_id: inventoryItemId,
      stock_location_id: locationId,
      type,
      quantity,
      level_after: Number(level.stocked_quantity),
      actor_type: "system",
      reference,
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
  const taken = new Map<string, number>()
  for (const reservation of extras) taken.set(reservation.inventory_item_id, (taken.get(reservation.inventory_item_id) ?? 0) - Number(reservation.quantity))
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
 * A fulfillment cancelled: as Medusa puts the recipes' ingredients back, the
 * extras it took come back, with `cancel:<fulfillment id>:extras` lines.
 * Once per fulfillment.
 */
export async function returnExtras(container: MedusaContainer, fulfillment: { id: string; location_id: string }): Promise<ExtrasUndo> {
  const stock = container.resolve<IngredientStockModuleService>(INGREDIENT_STOCK_MODULE)
  const [sold, returned] = await Promise.all([
    stock.listStockMovements({ reference: `sale:${fulfillment.id}:extras` }),
    stock.listStockMovements({ reference: `cancel:${fulfillment.id}:extras` }, { take: 1 }),
  ])
  if (!sold.length || returned.length) return nothing(fulfillment.location_id)
  const back = new Map<string, number>()
  for (const sale of sold) back.set(sale.inventory_item_id, (back.get(sale.inventory_item_id) ?? 0) - Number(sale.quantity))
  return { location_id: fulfillment.location_id, ...(await move(container, fulfillment.location_id, back, "cancel", `cancel:${fulfillment.id}:extras`)), reservations: [] }
}

/** Takes back what settleExtras or returnExtras did. */
export async function undoExtras(container: MedusaContainer, undo: ExtrasUndo): Promise<void> {
  const inventory = container.resolve<IInventoryService>(Modules.INVENTORY)
  for (const change of undo.changes) await inventory.adjustInventory(change.inventory_item_id, undo.location_id, -change.quantity)
  if (undo.movement_ids.length) await container.resolve<IngredientStockModuleService>(INGREDIENT_STOCK_MODULE).deleteStockMovements(undo.movement_ids)
  await recreateReservations(container, undo.reservations)
}
