import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { customisationOf } from "@/customisation/line-customisation"
import { DomainError } from "@/errors/domain-error"
import { orderedQuantity } from "@/kitchen/ordered-quantity"
import { KITCHEN_MODULE } from "@/modules/kitchen"
import type KitchenModuleService from "@/modules/kitchen/service"
import { customerMayChange } from "@/modules/kitchen/lifecycle"

export const planOrderModificationStepId = "plan-order-modification"

export type WantedLine = { variant_id: string; quantity: number }

export type OrderModificationPlan = {
  order_id: string
  stock_location_id: string
  /** Where the ticket stands, and stays: a change leaves a scheduled order scheduled. */
  status: "scheduled" | "received"
  /** Nothing differs from the order as it stands. */
  unchanged: boolean
  /** Existing lines with their new quantity (0 removes the pizza). */
  updates: { id: string; quantity: number }[]
  additions: WantedLine[]
  /** The new order in words: "2 × Margherita Moyenne, 1 × Reine Grande". */
  summary: string
}

/**
 * Reads the order and turns "the order should now be these pizzas" into
 * Medusa's order-edit actions. Customised pizzas are not part of it: they
 * stay as they were ordered (to change one, the customer cancels and orders
 * again). Refuses a started order (409
 * preparation_started) and pizzas that are not on this pizzeria's menu (400).
 */
export const planOrderModificationStep = createStep(planOrderModificationStepId, async ({ ticket_id, items }: { ticket_id: string; items: WantedLine[] }, { container }) => {
  const kitchen = container.resolve<KitchenModuleService>(KITCHEN_MODULE)
  const [ticket] = await kitchen.listKitchenTickets({ id: ticket_id }, { take: 1 })
  if (!ticket) throw new DomainError(404, "order_not_found", "No order with this id for you.")
  if (!customerMayChange(ticket.status)) {
    throw new DomainError(
      409,
      "preparation_started",
      {
        fr: "La cuisine a commencé cette commande : elle ne peut plus être modifiée ici. Appelez la pizzeria.",
        en: "The kitchen has started this order: it can no longer be changed here. Call the pizzeria.",
      },
      {
        status: ticket.status,
      }
    )
  }

  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "status",
      "sales_channel_id",
      "items.id",
      "items.variant_id",
      "items.quantity",
      "items.detail.quantity",
      "items.product_title",
      "items.variant_title",
      "items.metadata",
    ],
    filters: { id: ticket.order_id },
  })
  const order = orders[0]
  if (!order || order.status === "canceled")
    throw new DomainError(409, "order_cancelled", { fr: "Cette commande est annulée : il n'y a plus rien à modifier.", en: "This order is cancelled: there is nothing to change." })

  const wantedIds = [...new Set(items.map((item) => item.variant_id))]
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["id", "title", "product.title", "product.status", "product.sales_channels.id"],
    filters: { id: wantedIds },
  })
  const variantOf = new Map(variants.map((variant) => [variant.id, variant]))
  const unknown = wantedIds.filter((id) => !variantOf.has(id))
  if (unknown.length)
    throw new DomainError(
      400,
      "unknown_variant",
      { fr: `Aucune pizza ni boisson avec l'identifiant ${unknown.join(", ")}.`, en: `No pizza or drink with the id ${unknown.join(", ")}.` },
      { field: "items", variant_ids: unknown }
    )
  const offMenu = variants.filter(
    (variant) => variant.product?.status !== "published" || !(variant.product?.sales_channels ?? []).some((channel) => channel?.id === order.sales_channel_id)
  )
  if (offMenu.length) {
    const dishes = offMenu.map((variant) => `${variant.product?.title} ${variant.title}`).join(", ")
    throw new DomainError(
      400,
      "not_on_menu",
      { fr: `Pas à la carte de cette pizzeria : ${dishes}.`, en: `Not on this pizzeria's menu: ${dishes}.` },
      {
        field: "items",
        variant_ids: offMenu.map((variant) => variant.id),
      }
    )
  }

  // a customised pizza stays as it is: the change is about the dishes as their recipes make them
  const lines = (order.items ?? []).flatMap((item) => (item && orderedQuantity(item) > 0 && !customisationOf(item.metadata as Record<string, unknown> | null) ? [item] : []))
  const wanted = new Map(items.map((item) => [item.variant_id, item.quantity]))
  const updates: { id: string; quantity: number }[] = []
  const seen = new Set<string>()
  for (const line of lines) {
    // a variant on two lines keeps the first; the others go
    const quantity = line.variant_id && !seen.has(line.variant_id) ? (wanted.get(line.variant_id) ?? 0) : 0
    if (line.variant_id) seen.add(line.variant_id)
    if (quantity !== orderedQuantity(line)) updates.push({ id: line.id, quantity })
  }
  const additions = items.filter((item) => !seen.has(item.variant_id))

  const summary = items
    .map((item) => {
      const variant = variantOf.get(item.variant_id)!
      return `${item.quantity} × ${variant.product?.title} ${variant.title}`
    })
    .join(", ")
  return new StepResponse<OrderModificationPlan>({
    order_id: order.id,
    stock_location_id: ticket.stock_location_id,
    status: ticket.status as "scheduled" | "received",
    unchanged: updates.length === 0 && additions.length === 0,
    updates,
    additions,
    summary,
  })
})
