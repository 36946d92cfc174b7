import { z } from "@medusajs/framework/zod"
import { TICKET_STATUSES } from "@/modules/kitchen/lifecycle"

export const GetKitchenTickets = z
  .object({
    pizzeria_id: z.string().min(1),
    status: z.union([z.enum(TICKET_STATUSES), z.array(z.enum(TICKET_STATUSES))]).optional(),
    /** Only tickets whose fire time comes before this instant (ISO 8601): the scheduled orders of the next hour. */
    fire_before: z.string().datetime({ offset: true, message: "fire_before is an ISO 8601 time" }).optional(),
  })
  .strict()
export type GetKitchenTicketsType = z.infer<typeof GetKitchenTickets>

export const PostTicketTransition = z
  .object({
    to: z.enum(TICKET_STATUSES),
    note: z.string().max(500).optional(),
    /** Pay-on-delivery orders, when handed over. */
    paid_with: z.enum(["cash", "card_terminal"]).optional(),
  })
  .strict()
export type PostTicketTransitionType = z.infer<typeof PostTicketTransition>

export const GetKitchenStream = z.object({ pizzeria_id: z.string().min(1) }).strict()
