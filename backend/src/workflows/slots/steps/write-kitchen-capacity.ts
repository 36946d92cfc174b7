import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { KitchenCapacitySettings } from "@oc-pizza/api-types"
import { KITCHEN_MODULE } from "@/modules/kitchen"
import type KitchenModuleService from "@/modules/kitchen/service"

export type WriteKitchenCapacityInput = KitchenCapacitySettings & { stock_location_id: string }

/** Writes a pizzeria's capacity settings; compensation puts back what was there (or nothing). */
export const writeKitchenCapacityStep = createStep(
  "write-kitchen-capacity",
  async ({ stock_location_id, ...settings }: WriteKitchenCapacityInput, { container }) => {
    const kitchen = container.resolve<KitchenModuleService>(KITCHEN_MODULE)
    const [before] = await kitchen.listKitchenCapacities({ stock_location_id }, { take: 1 })
    const values = { ...settings, day_parts: settings.day_parts as unknown as Record<string, unknown> }
    if (before) await kitchen.updateKitchenCapacities({ id: before.id, ...values })
    else await kitchen.createKitchenCapacities({ stock_location_id, ...values })
    return new StepResponse(null, { stock_location_id, before: before ?? null })
  },
  async (previous, { container }) => {
    if (!previous) return
    const kitchen = container.resolve<KitchenModuleService>(KITCHEN_MODULE)
    const [now] = await kitchen.listKitchenCapacities({ stock_location_id: previous.stock_location_id }, { take: 1 })
    if (!now) return
    if (!previous.before) return void (await kitchen.deleteKitchenCapacities(now.id))
    const { id, pizzas_per_slot, day_parts, delivery_lead_minutes, pickup_lead_minutes } = previous.before
    await kitchen.updateKitchenCapacities({ id, pizzas_per_slot, day_parts, delivery_lead_minutes, pickup_lead_minutes })
  }
)
