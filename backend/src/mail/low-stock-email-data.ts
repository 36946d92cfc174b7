import type { CreateNotificationDTO, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { LowStockCrossing } from "@oc-pizza/medusa-plugin-ingredient-stock/workflows"
import { pizzeriaManagerEmails } from "../staff/pizzeria-managers"
import type { LowStockEmailData } from "./email-data"

/** The admin's stock screen (the ingredient-stock plugin's page), on the configured backend address. */
export function stockScreenUrl(backendUrl: string): string {
  return `${backendUrl.replace(/\/+$/, "")}/app/ingredient-stock`
}

/**
 * One e-mail per manager of the pizzeria, in French (the staff's language;
 * nothing records another), each sent once per crossing however often the
 * event is delivered.
 */
export function lowStockNotifications(
  crossing: LowStockCrossing,
  managers: string[],
  ingredient: { name: string; unit?: LowStockEmailData["unit"] },
  pizzeria: string,
  backendUrl: string
): CreateNotificationDTO[] {
  const data: LowStockEmailData = {
    locale: "fr",
    pizzeria: { name: pizzeria },
    ingredient: ingredient.name,
    available: crossing.available,
    threshold: crossing.threshold,
    unit: ingredient.unit ?? null,
    stock_location_id: crossing.stock_location_id,
    admin_url: stockScreenUrl(backendUrl),
  }
  return managers.map((email) => ({
    to: email,
    channel: "email",
    template: "low-stock",
    data,
    idempotency_key: `low-stock:${email}:${crossing.stock_location_id}:${crossing.inventory_item_id}:${crossing.noticed_at}`,
    resource_type: "inventory_item",
    resource_id: crossing.inventory_item_id,
  }))
}

/** Reads who manages the pizzeria and the ingredient's and pizzeria's names, and gives their e-mails (none without a manager). */
export async function readLowStockEmails(container: MedusaContainer, crossing: LowStockCrossing, backendUrl: string): Promise<CreateNotificationDTO[]> {
  const managers = await pizzeriaManagerEmails(container, crossing.stock_location_id)
  if (!managers.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: items }, { data: locations }] = await Promise.all([
    query.graph({ entity: "inventory_item", fields: ["title", "sku", "ingredient.unit"], filters: { id: crossing.inventory_item_id } }),
    query.graph({ entity: "stock_location", fields: ["name"], filters: { id: crossing.stock_location_id } }),
  ])
  const item = items[0] as { title?: string | null; sku?: string | null; ingredient?: { unit?: LowStockEmailData["unit"] } | null } | undefined
  const ingredient = { name: item?.title || item?.sku || crossing.inventory_item_id, unit: item?.ingredient?.unit ?? null }
  return lowStockNotifications(crossing, managers, ingredient, locations[0]?.name ?? "OC Pizza", backendUrl)
}
