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

export const PostFireScheduled = z
  .object({
    /** Fire as of this instant (ISO 8601) instead of now: outside production only (kitchen/fire-ahead.ts). */
    at: z.string().datetime({ offset: true, message: "at is an ISO 8601 time, e.g. 2026-12-07T18:15:00Z" }).optional(),
  })
  .strict()
export type PostFireScheduledType = z.infer<typeof PostFireScheduled>
