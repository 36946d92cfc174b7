import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { asksChanges, cartItemsFor, type AskedLine, type CartItemInput } from "@/customisation/cart-items"
import { CUSTOMISATION_KEY, customisationOf } from "@/customisation/line-customisation"
import { nameCustomisations } from "@/customisation/name-customisations"
import { DomainError } from "@/errors/domain-error"
import { orderedQuantity } from "@/kitchen/ordered-quantity"
import { KITCHEN_MODULE } from "@/modules/kitchen"
import type KitchenModuleService from "@/modules/kitchen/service"
import { customerMayChange } from "@/modules/kitchen/lifecycle"
import { orderNotFound } from "@/orders/order-not-found"

export const planOrderModificationStepId = "plan-order-modification"

/** The most of one pizza an online order carries (the route's limit per line, after the same line asked twice is summed). */
const MAX_PER_LINE = 20

/** A line of the order as the customer wants it: a size, how many, and for a pizza what to leave out and add (ingredient and extra ids). */
export type WantedLine = AskedLine

export type OrderModificationPlan = {
  order_id: string
  stock_location_id: string
  /** Where the ticket stands, and stays: a change leaves a scheduled order scheduled. */
  status: "scheduled" | "received"
  /** Nothing differs from the order as it stands. */
  unchanged: boolean
  /** Existing lines with their new quantity (0 removes the pizza). */
  updates: { id: string; quantity: number }[]
  /** New lines: a customised pizza with the price its recipe gives it now and its choice on the line. */
  additions: CartItemInput[]
  /** Customised lines whose quantity changes or that go: their extras' reservations are matched again once confirmed. */
  rematched_line_ids: string[]
  /** The new order in words: "2 × Margherita Moyenne, 1 × Reine Grande (sans Champignons, + Chorizo)". */
  summary: string
}

/**
 * Reads the order and turns "the order should now be these pizzas" into
 * Medusa's order-edit actions. A line is a size with its customisation: the
 * same pizza with another choice is another line, so changing a pizza's
 * ingredients takes its line out and adds the new one, priced by its recipe
 * now (customise-line.ts, with its refusals); a line kept keeps the price and
 * the choice it was sold with, whatever the recipe's options became since.
 * The same line asked twice is one line (at most 20 of it). Refuses a started order
 * (409 preparation_started) and pizzas that are not on this pizzeria's menu
 * (400).
 */
export const planOrderModificationStep = createStep(planOrderModificationStepId, async ({ ticket_id, items }: { ticket_id: string; items: WantedLine[] }, { container }) => {
  const kitchen = container.resolve<KitchenModuleService>(KITCHEN_MODULE)
  const [ticket] = await kitchen.listKitchenTickets({ id: ticket_id }, { take: 1 })
  if (!ticket) throw orderNotFound()
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
      "region_id",
      "currency_code",
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

  const lines = (order.items ?? []).flatMap((item) => (item && orderedQuantity(item) > 0 ? [item] : []))
  const held = new Set(lines.map((line) => lineKey(line.variant_id, line.metadata as Record<string, unknown> | null)))
  // a line the order has already keeps what it was sold as; a new one is priced and checked as a cart line would be
  const asked = items.map((item) => ({ ...item, remove: [...new Set(item.remove ?? [])].sort(), add: [...new Set(item.add ?? [])].sort() }))
  const askedKey = (item: WantedLine) => `${item.variant_id}|${asksChanges(item) ? `${item.remove!.join(",")}|${item.add!.join(",")}` : ""}`
  const fresh = asked.filter((item) => !held.has(askedKey(item)))
  const priced = await cartItemsFor(container, fresh, { region_id: order.region_id as string, currency_code: order.currency_code as string })
  const itemOf = new Map(fresh.map((item, index) => [item, priced[index].item]))
  const wanted = new Map<string, CartItemInput>()
  for (const item of asked) {
    const line = itemOf.get(item) ?? {
      variant_id: item.variant_id,
      quantity: item.quantity,
      ...(asksChanges(item) ? { metadata: { [CUSTOMISATION_KEY]: { remove: item.remove, add: item.add } } } : {}),
    }
    const key = lineKey(line.variant_id, line.metadata)
    const same = wanted.get(key)
    wanted.set(key, same ? { ...same, quantity: same.quantity + item.quantity } : line)
  }
  const tooMany = [...wanted.values()].find((line) => line.quantity > MAX_PER_LINE)
  if (tooMany) {
    throw new DomainError(
      400,
      "too_many_of_one",
      {
        fr: `Pas plus de ${MAX_PER_LINE} fois la même pizza par commande en ligne : pour une fête, appelez la pizzeria.`,
        en: `No more than ${MAX_PER_LINE} of the same pizza per online order: for a party, call the pizzeria.`,
      },
      { field: "items", variant_id: tooMany.variant_id, quantity: tooMany.quantity }
    )
  }

  const updates: { id: string; quantity: number }[] = []
  const rematched: string[] = []
  const seen = new Set<string>()
  for (const line of lines) {
    const key = lineKey(line.variant_id, line.metadata as Record<string, unknown> | null)
    // a line on the order twice keeps the first; the others go
    const quantity = line.variant_id && !seen.has(key) ? (wanted.get(key)?.quantity ?? 0) : 0
    seen.add(key)
    if (quantity === orderedQuantity(line)) continue
    updates.push({ id: line.id, quantity })
    if (customisationOf(line.metadata as Record<string, unknown> | null)) rematched.push(line.id)
  }
  const additions = [...wanted].flatMap(([key, item]) => (seen.has(key) ? [] : [item]))

  const named = await nameCustomisations(
    container,
    [...wanted.values()].map((item, index) => ({ id: String(index), metadata: item.metadata ?? null }))
  )
  const summary = [...wanted.values()]
    .map((item, index) => {
      const variant = variantOf.get(item.variant_id)!
      const changes = named.get(String(index))
      const words = changes ? [...changes.remove.map((ingredient) => `sans ${ingredient.name}`), ...changes.add.map((extra) => `+ ${extra.name}`)].join(", ") : ""
      return `${item.quantity} × ${variant.product?.title} ${variant.title}${words ? ` (${words})` : ""}`
    })
    .join(", ")
  return new StepResponse<OrderModificationPlan>({
    order_id: order.id,
    stock_location_id: ticket.stock_location_id,
    status: ticket.status as "scheduled" | "received",
    unchanged: updates.length === 0 && additions.length === 0,
    updates,
    additions,
    rematched_line_ids: rematched,
    summary,
  })
})

/** What makes two lines the same pizza: the size, and the choice as written on the line (sorted when it was priced). */
function lineKey(variantId: string | null | undefined, metadata: Record<string, unknown> | null | undefined): string {
  const customisation = customisationOf(metadata)
  return `${variantId}|${customisation ? `${customisation.remove.join(",")}|${customisation.add.join(",")}` : ""}`
}
