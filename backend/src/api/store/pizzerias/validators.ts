import { z } from "@medusajs/framework/zod"

export const GetPizzeriaSlots = z
  .object({
    fulfilment: z.enum(["delivery", "pickup"], { message: "fulfilment is delivery or pickup" }),
    /** Pizzas the order would put in a slot: only slots with room for them are listed. */
    pizzas: z.coerce.number().int("pizzas is a whole number").min(0, "pizzas is a whole number").max(200, "pizzas is at most 200").default(1),
  })
  .strict()
export type GetPizzeriaSlotsType = z.infer<typeof GetPizzeriaSlots>
