import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { INGREDIENT_STOCK_MODULE, type IngredientStockModuleService } from "@oc-pizza/medusa-plugin-ingredient-stock/workflows"
import { DomainError } from "../errors/domain-error"
import type { FailedEmail, TicketStatus } from "@oc-pizza/api-types"
import { onlineOrdersPause, type OnlineOrdersPause } from "../pizzerias/online-orders-pause"
import { userNames } from "../staff/user-names"
import { readFailedEmails } from "./read-failed-emails"
import { serviceDayStart } from "./service-day"
import { summarizeDay, type DaySummary, type DayTicket } from "./summarize-day"

export type Dashboard = DaySummary & {
  pizzeria_id: string
  day_started_at: string
  low_stock: { inventory_item_id: string; name: string | null; available: number; threshold: number }[]
  /** The rush pause of online orders in force, or null. */
  online_orders_paused: OnlineOrdersPause | null
  cash_by_driver: (DaySummary["cash_by_driver"][number] & { name: string })[]
  /** The day's e-mails of this pizzeria that have not reached their recipient. */
  failed_emails: FailedEmail[]
}

/** What a manager watches during service at one pizzeria: today's tickets summed up, the ingredients running low, the e-mails that did not arrive. */
export async function readDashboard(container: MedusaContainer, stockLocationId: string, now = new Date()): Promise<Dashboard> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: locations } = await query.graph({ entity: "stock_location", fields: ["id", "metadata", "service_location.timezone"], filters: { id: stockLocationId } })
  if (!locations[0]) throw new DomainError(404, "pizzeria_not_found", `Pizzeria ${stockLocationId} does not exist.`)
  const timeZone = (locations[0] as { service_location?: { timezone?: string } | null }).service_location?.timezone ?? "Europe/Paris"
  const since = serviceDayStart(now, timeZone)

  const { data: tickets } = await query.graph({
    entity: "kitchen_ticket",
    fields: ["id", "order_id", "kind", "status", "estimated_ready_at", "paid_with", "events.status", "events.at", "events.actor"],
    filters: { stock_location_id: stockLocationId, created_at: { $gte: since } },
  })

  const { data: orders } = tickets.length
    ? await query.graph({ entity: "order", fields: ["id", "display_id", "total"], filters: { id: tickets.map((ticket) => ticket.order_id) } })
    : { data: [] }
  const orderOf = new Map(orders.map((order) => [order.id, order]))
  const day: DayTicket[] = tickets.map((ticket) => ({
    id: ticket.id,
    display_id: orderOf.get(ticket.order_id)?.display_id == null ? null : Number(orderOf.get(ticket.order_id)!.display_id),
    kind: ticket.kind,
    status: ticket.status as TicketStatus,
    estimated_ready_at: ticket.estimated_ready_at ? new Date(ticket.estimated_ready_at).toISOString() : null,
    paid_with: ticket.paid_with ?? null,
    total: Number(orderOf.get(ticket.order_id)?.total ?? 0),
    history: (ticket.events ?? [])
      .flatMap((event) => (event ? [{ status: event.status as TicketStatus, at: new Date(event.at).toISOString(), actor: event.actor ?? null }] : []))
      .sort((a, b) => a.at.localeCompare(b.at)),
  }))

  const summary = summarizeDay(day, now)
  const nameOf = await userNames(
    container,
    summary.cash_by_driver.map((entry) => entry.actor)
  )
  return {
    pizzeria_id: stockLocationId,
    day_started_at: since.toISOString(),
    ...summary,
    cash_by_driver: summary.cash_by_driver.map((entry) => ({ ...entry, name: nameOf.get(entry.actor) ?? entry.actor })),
    low_stock: await lowStock(container, stockLocationId),
    online_orders_paused: onlineOrdersPause((locations[0] as { metadata?: Record<string, unknown> | null }).metadata, now),
    failed_emails: await readFailedEmails(container, stockLocationId, since, now),
  }
}

async function lowStock(container: MedusaContainer, stockLocationId: string): Promise<Dashboard["low_stock"]> {
  const ingredients = await container.resolve<IngredientStockModuleService>(INGREDIENT_STOCK_MODULE).listIngredients({}, { relations: ["locations"] })
  const thresholds = new Map(
    ingredients.flatMap((ingredient) => {
      const setting = ingredient.locations.find((location) => location.stock_location_id === stockLocationId)
      const threshold = Number(setting?.low_stock_threshold ?? 0)
      return threshold > 0 ? [[ingredient.inventory_item_id, threshold] as const] : []
    })
  )
  if (!thresholds.size) return []
  const levels = await container
    .resolve(Modules.INVENTORY)
    .listInventoryLevels({ location_id: stockLocationId, inventory_item_id: [...thresholds.keys()] }, { relations: ["inventory_item"] })
  return levels
    .map((level) => ({
      inventory_item_id: level.inventory_item_id,
      name: (level as { inventory_item?: { title?: string | null } }).inventory_item?.title ?? null,
      available: Number(level.stocked_quantity) - Number(level.reserved_quantity),
      threshold: thresholds.get(level.inventory_item_id)!,
    }))
    .filter((row) => row.available < row.threshold)
    .sort((a, b) => a.available / a.threshold - b.available / b.threshold)
}
