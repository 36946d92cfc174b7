import { z } from "@medusajs/framework/zod"

export const PostCounterOrder = z
  .object({
    customer: z
      .object({
        phone: z.string().min(1),
        first_name: z.string().max(100).optional(),
        last_name: z.string().max(100).optional(),
        email: z.string().email().optional(),
        id: z.string().min(1).optional(),
        another_person: z.boolean().optional(),
        update_name: z.boolean().optional(),
      })
      .strict(),
    items: z
      .array(
        z
          .object({
            variant_id: z.string().min(1),
            quantity: z.number().int().min(1).max(50),
            /** A customised pizza: ingredients left out and extras added (ids from the menu), priced by the server. */
            remove: z.array(z.string().min(1)).max(20).optional(),
            add: z.array(z.string().min(1)).max(20).optional(),
          })
          .strict()
      )
      .min(1, "An order needs at least one pizza or drink."),
    fulfilment: z.enum(["pickup", "delivery"]),
    address: z
      .object({ address_1: z.string().min(1), postal_code: z.string().min(4).max(10), city: z.string().min(1) })
      .strict()
      .optional(),
    /** A slot the caller books (start of its quarter hour, ISO 8601); absent: as soon as possible. */
    scheduled_for: z.string().datetime({ offset: true, message: "scheduled_for is an ISO 8601 time, e.g. 2026-12-07T18:30:00Z" }).optional(),
  })
  .strict()
export type PostCounterOrderType = z.infer<typeof PostCounterOrder>

/** Pause online orders for a while (a rush), or take them again. */
export const PostOnlineOrders = z
  .object({
    paused: z.boolean(),
    /** How long, from now; a pause always ends by itself. */
    minutes: z.number().int().min(5).max(240).default(30),
    reason: z.string().max(200).optional(),
  })
  .strict()
export type PostOnlineOrdersType = z.infer<typeof PostOnlineOrders>

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time "HH:MM"')
const day = z.array(z.tuple([time, time])).max(6)

/** An admin opens a pizzeria (see openPizzeriaWorkflow). */
export const PostPizzeria = z
  .object({
    name: z.string().trim().min(2).max(120),
    handle: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "lowercase words joined by dashes, e.g. saint-leu"),
    address: z
      .object({
        address_1: z.string().min(1),
        postal_code: z.string().min(4).max(10),
        city: z.string().min(1),
        country_code: z.string().length(2).default("fr"),
        phone: z.string().max(30).optional(),
      })
      .strict(),
    location: z.object({ lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180) }).strict(),
    timezone: z.string().default("Europe/Paris"),
    opening_hours: z.object({ mon: day, tue: day, wed: day, thu: day, fri: day, sat: day, sun: day }).partial().strict(),
    delivery_zones: z.array(z.record(z.string(), z.unknown())).max(20).optional(),
    staff: z
      .array(z.object({ email: z.string().email(), role: z.enum(["manager", "pizzaiolo", "driver", "counter"]) }).strict())
      .max(50)
      .optional(),
  })
  .strict()
export type PostPizzeriaType = z.infer<typeof PostPizzeria>

const quarterTime = z.string().regex(/^([01]\d|2[0-3]):(00|15|30|45)$/, 'a quarter hour "HH:MM" (00, 15, 30 or 45)')

/** A manager's capacity settings for a pizzeria's kitchen (backend/src/slots/capacity.ts). */
export const PostKitchenCapacity = z
  .object({
    /** Pizzas the kitchen can put out per quarter hour; null: not limited. */
    pizzas_per_slot: z.number().int("pizzas_per_slot is a whole number").min(0).max(500).nullable(),
    /** Day parts with their own figure, local times; "to" at or before "from" runs past midnight. */
    day_parts: z
      .array(z.object({ from: quarterTime, to: quarterTime, pizzas: z.number().int().min(0).max(500) }).strict())
      .max(12)
      .default([]),
    delivery_lead_minutes: z.number().int().min(0).max(240).default(30),
    pickup_lead_minutes: z.number().int().min(0).max(240).default(20),
  })
  .strict()
export type PostKitchenCapacityType = z.infer<typeof PostKitchenCapacity>

export const GetBookedSlots = z
  .object({
    /** First local day shown, "YYYY-MM-DD" (default today). */
    date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'a day "YYYY-MM-DD"')
      // February 30th has the shape and no day
      .refine((day) => !Number.isNaN(Date.parse(`${day}T00:00:00Z`)) && new Date(`${day}T00:00:00Z`).toISOString().startsWith(day), "a day of the calendar")
      .optional(),
  })
  .strict()
export type GetBookedSlotsType = z.infer<typeof GetBookedSlots>
