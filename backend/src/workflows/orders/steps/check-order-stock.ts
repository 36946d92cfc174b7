import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { assertCartCanBeMade, assertDishesOnMenu, type CartLine } from "@oc-pizza/medusa-plugin-ingredient-stock/workflows"
import { lineKitsOf } from "@/customisation/line-kits"
import { DomainError } from "@/errors/domain-error"
import { orderedQuantity } from "@/kitchen/ordered-quantity"

export const checkOrderStockStepId = "check-order-stock"

type Line = {
  id: string
  variant_id?: string | null
  product_id?: string | null
  product_title?: string | null
  variant_title?: string | null
  quantity?: unknown
  detail?: { quantity?: unknown } | null
  metadata?: Record<string, unknown> | null
}

export type CheckOrderStockInput = {
  order_id: string
  stock_location_id: string
  /**
   * `order`: the order's lines as they stand (a draft order about to be
   * converted: nothing reserved yet). `order_change`: the lines of its pending
   * change (an edit about to be confirmed), what the current lines hold
   * counted as given back.
   */
  lines: "order" | "order_change"
}

const toCartLines = (lines: (Line | null | undefined)[]): CartLine[] =>
  lines.flatMap((line) =>
    line && line.variant_id && orderedQuantity(line) > 0
      ? [{ id: line.id, quantity: orderedQuantity(line), variant_id: line.variant_id, product_title: line.product_title ?? null, variant_title: line.variant_title ?? null }]
      : []
  )

/**
 * The same check as a store checkout, for an order that is about to
 * reserve: the whole order's ingredients, every line summed, against what is
 * left at the pizzeria (plus what the order's current reservations give
 * back), and no dish switched off tonight that the order did not have yet.
 * A customised pizza counts as it is made (its recipe less what it leaves
 * out, plus its extras), on both sides.
 * Run it holding the pizzeria's stock lock (`acquireStockLockStep`).
 */
export const checkOrderStockStep = createStep(checkOrderStockStepId, async ({ order_id, stock_location_id, lines }: CheckOrderStockInput, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "items.id", "items.variant_id", "items.product_id", "items.product_title", "items.variant_title", "items.quantity", "items.detail.quantity", "items.metadata"],
    filters: { id: order_id },
  })
  const order = data[0]
  if (!order) throw new DomainError(404, "order_not_found", `Order ${order_id} does not exist.`)
  const current = (order.items ?? []) as Line[]
  const after = lines === "order_change" ? (((await container.resolve(Modules.ORDER).previewOrderChange(order_id)).items as Line[]) ?? []) : current
  const before = lines === "order_change" ? toCartLines(current) : []
  const had = new Set(before.map((line) => line.variant_id))
  const added = after.filter((line) => line && !had.has(line.variant_id ?? null))
  await assertDishesOnMenu(
    container,
    stock_location_id,
    added.map((line) => ({ product_id: line.product_id ?? null, title: line.product_title ?? null }))
  )
  const lineKits = await lineKitsOf(
    container,
    [...current, ...after].filter((line): line is Line => Boolean(line))
  )
  await assertCartCanBeMade(container, { items: toCartLines(after) }, stock_location_id, { releasing: before, lineKits })
  return new StepResponse({ checked: true })
})
