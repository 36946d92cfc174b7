import { z } from "@medusajs/framework/zod"

export const GetStoreMenu = z
  .object({
    pizzeria_id: z.string().min(1, "pizzeria_id is required"),
    /** Not read: a client caching the catalogue puts its version in the address, so that a new version is a new address. */
    catalogue_version: z.coerce.number().int("catalogue_version is a whole number").nonnegative("catalogue_version is a whole number").optional(),
  })
  .strict()
export type GetStoreMenuType = z.infer<typeof GetStoreMenu>

export const GetStoreMenuAvailability = z.object({ pizzeria_id: z.string().min(1, "pizzeria_id is required") }).strict()
export type GetStoreMenuAvailabilityType = z.infer<typeof GetStoreMenuAvailability>
