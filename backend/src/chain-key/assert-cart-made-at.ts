import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { assertCartCanBeMade, assertDishesOnMenu } from "@oc-pizza/medusa-plugin-ingredient-stock/workflows"
import { lineKitsOf, type CustomisableLine } from "@/customisation/line-kits"

type Line = CustomisableLine & { quantity: unknown; product_title?: string | null; variant_title?: string | null }

/**
 * Before a cart moves to another pizzeria for a client that knows nothing of
 * pizzerias: its lines checked against that kitchen, as our shop flags them
 * after a move, so the client hears it at the step that moves the cart
 * (409 `dish_unavailable` or `insufficient_stock`, naming the dishes) and
 * not at "place order". The cart stays where it was.
 */
export async function assertCartMadeAt(container: MedusaContainer, cartId: string, stockLocationId: string): Promise<void> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "cart",
    fields: ["id", "items.id", "items.variant_id", "items.product_id", "items.product_title", "items.variant_title", "items.quantity", "items.metadata"],
    filters: { id: cartId },
  })
  const lines = ((data[0]?.items ?? []) as (Line | null)[]).flatMap((line) => (line?.variant_id ? [line] : []))
  if (!lines.length) return
  await assertDishesOnMenu(
    container,
    stockLocationId,
    lines.map((line) => ({ product_id: line.product_id ?? null, title: line.product_title ?? null }))
  )
  const items = lines.map((line) => ({
    id: line.id,
    variant_id: line.variant_id!,
    quantity: Number(line.quantity),
    product_title: line.product_title ?? null,
    variant_title: line.variant_title ?? null,
  }))
  await assertCartCanBeMade(container, { items }, stockLocationId, { lineKits: await lineKitsOf(container, lines) })
}
