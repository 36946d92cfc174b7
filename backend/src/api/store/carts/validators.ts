import { z } from "@medusajs/framework/zod"

export const PostCartSlot = z
  .object({
    /** The start of a quarter hour (ISO 8601), or null: as soon as possible. */
    scheduled_for: z.string().datetime({ offset: true, message: "scheduled_for is an ISO 8601 time, e.g. 2026-12-07T18:30:00Z, or null" }).nullable(),
  })
  .strict()
export type PostCartSlotType = z.infer<typeof PostCartSlot>
