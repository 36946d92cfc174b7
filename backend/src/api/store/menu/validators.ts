import { z } from "@medusajs/framework/zod"

export const GetStoreMenu = z.object({ pizzeria_id: z.string().min(1, "pizzeria_id is required") }).strict()
export type GetStoreMenuType = z.infer<typeof GetStoreMenu>
