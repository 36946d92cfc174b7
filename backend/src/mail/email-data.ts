import { z } from "@medusajs/framework/zod"

/**
 * What each e-mail template is given (`data` of the notification), checked
 * before rendering: a subscriber that forgets a field gets an error naming it,
 * never an e-mail showing "undefined" to a customer.
 */

const Locale = z.enum(["fr", "en"])
export type Locale = z.infer<typeof Locale>

const AbsoluteUrl = z.string().url()

export const OrderEmailData = z.object({
  locale: Locale,
  pizzeria: z.object({ name: z.string().min(1), phone: z.string().nullish() }),
  order: z.object({
    id: z.string().min(1),
    display_id: z.union([z.number(), z.string().min(1)]),
    kind: z.enum(["delivery", "pickup"]),
    // a customised pizza's changes: ingredients left out, extras added (their names)
    items: z.array(
      z.object({ title: z.string().min(1), quantity: z.number(), total: z.number(), without: z.array(z.string()).optional(), extras: z.array(z.string()).optional() })
    ),
    total: z.number(),
    currency_code: z.string().length(3),
    eta: z.string().datetime({ offset: true }).nullable(),
    /** The slot the customer booked; null (or absent, in e-mails queued before slots existed): as soon as possible. */
    scheduled_for: z.string().datetime({ offset: true }).nullish(),
  }),
  tracking_url: AbsoluteUrl,
  stock_location_id: z.string().min(1),
})
export type OrderEmailData = z.infer<typeof OrderEmailData>

export const LowStockEmailData = z.object({
  locale: Locale,
  pizzeria: z.object({ name: z.string().min(1) }),
  ingredient: z.string().min(1),
  available: z.number(),
  threshold: z.number(),
  /** The ingredient's unit, when known: quantities read "100 g" rather than "100". */
  unit: z.enum(["g", "ml", "piece"]).nullish(),
  stock_location_id: z.string().min(1),
  admin_url: AbsoluteUrl,
})
export type LowStockEmailData = z.infer<typeof LowStockEmailData>

export const StaffInviteEmailData = z.object({ locale: Locale, invite_url: AbsoluteUrl })
export type StaffInviteEmailData = z.infer<typeof StaffInviteEmailData>

export const PasswordResetEmailData = z.object({ locale: Locale, audience: z.enum(["customer", "staff"]), reset_url: AbsoluteUrl })
export type PasswordResetEmailData = z.infer<typeof PasswordResetEmailData>
