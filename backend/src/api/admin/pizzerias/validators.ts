import { z } from "@medusajs/framework/zod"

export const PostCounterOrder = z
  .object({
    customer: z
      .object({
        phone: z.string().min(1),
        first_name: z.string().max(100).optional(),
        last_name: z.string().max(100).optional(),
        email: z.string().email().optional(),
      })
      .strict(),
    items: z
      .array(z.object({ variant_id: z.string().min(1), quantity: z.number().int().min(1).max(50) }).strict())
      .min(1, "An order needs at least one pizza or drink."),
    fulfilment: z.enum(["pickup", "delivery"]),
    address: z.object({ address_1: z.string().min(1), postal_code: z.string().min(4).max(10), city: z.string().min(1) }).strict().optional(),
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
