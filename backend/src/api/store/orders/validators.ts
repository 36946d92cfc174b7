import { z } from "@medusajs/framework/zod"

/** A pizzeria order is a handful of pizzas: more than this of one is a typo or a party to phone in. */
const MAX_PER_LINE = 20

export const PostModifyOrder = z
  .object({
    /** The order after the change: every pizza and drink the customer wants, with its quantity. */
    items: z
      .array(
        z
          .object({
            variant_id: z.string().min(1),
            quantity: z.number().int().min(1).max(MAX_PER_LINE),
          })
          .strict()
      )
      .min(1, "An order needs at least one pizza: to drop everything, cancel the order.")
      .refine((items) => new Set(items.map((item) => item.variant_id)).size === items.length, "Each variant once: give its total quantity."),
  })
  .strict()
export type PostModifyOrderType = z.infer<typeof PostModifyOrder>
