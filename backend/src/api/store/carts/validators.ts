import { z } from "@medusajs/framework/zod"

export const PostCartSlot = z
  .object({
    /** The start of a quarter hour (ISO 8601), or null: as soon as possible. */
    scheduled_for: z.string().datetime({ offset: true, message: "scheduled_for is an ISO 8601 time, e.g. 2026-12-07T18:30:00Z, or null" }).nullable(),
  })
  .strict()
export type PostCartSlotType = z.infer<typeof PostCartSlot>

export const PostCustomisedItem = z
  .object({
    variant_id: z.string().min(1),
    quantity: z.number().int().min(1).max(20),
    /** Ingredients (inventory item ids) left out: those the dish's options say may be. */
    remove: z.array(z.string().min(1)).max(20).default([]),
    /** Extras (inventory item ids), one portion each: those the dish offers for this size. */
    add: z.array(z.string().min(1)).max(20).default([]),
  })
  .strict()
export type PostCustomisedItemType = z.infer<typeof PostCustomisedItem>
