import { z } from "@medusajs/framework/zod"

/** A pizzeria order is a handful of pizzas: more than this of one is a typo or a party to phone in. */
const MAX_PER_LINE = 20

export const PostModifyOrder = z
  .object({
    /**
     * The order after the change: every pizza and drink the customer wants, with its quantity and, for a
     * pizza, its customisation (a line left out goes; the same pizza asked twice is one line).
     */
    items: z
      .array(
        z
          .object({
            variant_id: z.string().min(1),
            quantity: z.number().int().min(1).max(MAX_PER_LINE),
            /** Ingredients (inventory item ids) left out, as on POST /store/carts/:id/customised-items. */
            remove: z.array(z.string().min(1)).max(20).default([]),
            /** Extras (inventory item ids) added, one portion each. */
            add: z.array(z.string().min(1)).max(20).default([]),
          })
          .strict()
      )
      .min(1, "An order needs at least one pizza: to drop everything, cancel the order.")
      .max(50),
  })
  .strict()
export type PostModifyOrderType = z.infer<typeof PostModifyOrder>

export const PostOrderSlot = z
  .object({
    /** The start of the new quarter hour (ISO 8601). */
    scheduled_for: z.string().datetime({ offset: true, message: "scheduled_for is an ISO 8601 time, e.g. 2026-12-07T18:30:00Z" }),
  })
  .strict()
export type PostOrderSlotType = z.infer<typeof PostOrderSlot>
