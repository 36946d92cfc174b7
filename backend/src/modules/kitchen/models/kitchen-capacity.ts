import { model } from "@medusajs/framework/utils"

/**
 * What a pizzeria's kitchen can put out per quarter hour, set by its manager:
 * a figure (null: not limited), day parts with their own figure
 * (`[{ from: "19:00", to: "21:00", pizzas: 14 }]`, local times), and the lead
 * time before a slot a customer may still book it, per kind of order.
 */
export const KitchenCapacity = model.define("kitchen_capacity", {
  id: model.id({ prefix: "kcap" }).primaryKey(),
  stock_location_id: model.text().unique(),
  pizzas_per_slot: model.number().nullable(),
  day_parts: model.json().nullable(),
  delivery_lead_minutes: model.number().default(30),
  pickup_lead_minutes: model.number().default(20),
})
