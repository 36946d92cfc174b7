import type { MedusaContainer } from "@medusajs/framework/types"
import { DELIVERY_ZONING_MODULE, readServicePoints, type DeliveryZoningModuleService, type ServiceHours } from "@oc-pizza/medusa-plugin-delivery-zoning/workflows"
import { KITCHEN_MODULE } from "@/modules/kitchen"
import type KitchenModuleService from "@/modules/kitchen/service"
import { DEFAULT_CAPACITY, type DayPart, type KitchenCapacity } from "./capacity"

/** What decides a pizzeria's slots: its hours and closures (the zoning plugin's), and its kitchen's capacity (its manager's). */
export type SlotRules = { service: ServiceHours | undefined; capacity: KitchenCapacity; timezone: string }

export async function readKitchenCapacity(container: MedusaContainer, stockLocationId: string): Promise<KitchenCapacity> {
  const [row] = await container.resolve<KitchenModuleService>(KITCHEN_MODULE).listKitchenCapacities({ stock_location_id: stockLocationId }, { take: 1 })
  if (!row) return DEFAULT_CAPACITY
  return {
    pizzas_per_slot: row.pizzas_per_slot ?? null,
    day_parts: Array.isArray(row.day_parts) ? (row.day_parts as unknown as DayPart[]) : [],
    delivery_lead_minutes: row.delivery_lead_minutes,
    pickup_lead_minutes: row.pickup_lead_minutes,
  }
}

export async function readSlotRules(container: MedusaContainer, stockLocationId: string): Promise<SlotRules> {
  const zoning = container.resolve<DeliveryZoningModuleService>(DELIVERY_ZONING_MODULE)
  const [[service], capacity] = await Promise.all([readServicePoints(zoning, [stockLocationId]), readKitchenCapacity(container, stockLocationId)])
  return { service, capacity, timezone: service?.timezone ?? "Europe/Paris" }
}
