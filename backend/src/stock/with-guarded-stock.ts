import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { assertCartCanBeMade, locationOfSalesChannel, withStockLock, type CartLine } from "@oc-pizza/medusa-plugin-ingredient-stock/workflows"
import { DomainError } from "../errors/domain-error"
import { orderedQuantity } from "../kitchen/ordered-quantity"
import { assertDishesOnMenu } from "../menu/assert-dishes-on-menu"

type Line = { id: string; variant_id?: string | null; product_id?: string | null; product_title?: string | null; variant_title?: string | null; quantity?: unknown; detail?: { quantity?: unknown } | null }

const toCartLines = (lines: (Line | null | undefined)[]): CartLine[] =>
  lines.flatMap((line) =>
    line && line.variant_id && orderedQuantity(line) > 0
      ? [{ id: line.id, quantity: orderedQuantity(line), variant_id: line.variant_id, product_title: line.product_title ?? null, variant_title: line.variant_title ?? null }]
      : []
  )

/** An order's (or draft order's) pizzeria and lines as they stand. */
async function orderAsItStands(container: MedusaContainer, orderId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "sales_channel_id", "items.id", "items.variant_id", "items.product_id", "items.product_title", "items.variant_title", "items.quantity", "items.detail.quantity"],
    filters: { id: orderId },
  })
  const order = data[0]
  if (!order) throw new DomainError(404, "order_not_found", `Order ${orderId} does not exist.`)
  if (!order.sales_channel_id) throw new DomainError(409, "no_pizzeria", "This order has no sales channel, so no pizzeria to take the ingredients from.")
  return { order, stockLocationId: await locationOfSalesChannel(container, order.sales_channel_id) }
}

/**
 * Runs `reserve` (a Medusa workflow that reserves stock: draft-order
 * conversion, order-edit confirmation) under the pizzeria's stock lock,
 * after checking the whole order's ingredients, every line summed, against
 * what is left plus what the order's current reservations give back, and
 * refusing dishes switched off tonight that the order did not have yet. The
 * same guard as a store checkout.
 */
export async function withGuardedStock<T>(
  container: MedusaContainer,
  orderId: string,
  { after, releasing }: { after: "order" | "preview"; releasing: boolean },
  reserve: () => Promise<T>
): Promise<T> {
  const { order, stockLocationId } = await orderAsItStands(container, orderId)
  return withStockLock(container, stockLocationId, async () => {
    const lines = after === "preview" ? ((await container.resolve(Modules.ORDER).previewOrderChange(orderId)).items as Line[]) : (order.items as Line[])
    const before = releasing ? toCartLines(order.items as Line[]) : []
    const had = new Set(before.map((line) => line.variant_id))
    const added = (lines ?? []).filter((line) => line && !had.has(line.variant_id ?? null))
    await assertDishesOnMenu(container, stockLocationId, added.map((line) => ({ product_id: line.product_id ?? null, title: line.product_title ?? null })))
    await assertCartCanBeMade(container, { items: toCartLines(lines) }, stockLocationId, { releasing: before })
    return reserve()
  })
}
