import type { Locale } from "./email-data"

/**
 * One believable example of each e-mail's data, for the templates' tests and
 * the preview pages: a delivery with two lines and an ETA, a pickup for
 * "ready" (the only kind told about it).
 */
export function emailSamples(locale: Locale): Record<string, Record<string, unknown>> {
  const order = (kind: "delivery" | "pickup") => ({
    locale,
    pizzeria: { name: "OC Pizza Dury", phone: "03 22 45 67 89" },
    order: {
      id: "order_01SAMPLE",
      display_id: 1042,
      kind,
      items: [
        { title: "Margherita", quantity: 2, total: 23 },
        { title: "Quatre fromages", quantity: 1, total: 13.5 },
      ],
      total: kind === "delivery" ? 39.5 : 36.5,
      currency_code: "eur",
      // 19:45 in Paris in December
      eta: "2026-12-06T18:45:00.000Z",
    },
    tracking_url: "http://localhost:8000/orders/order_01SAMPLE?token=Tr4ck-1ng_T0ken",
    stock_location_id: "sloc_01SAMPLE",
  })
  return {
    // booked for 19:30 the next day, Paris time
    "order-scheduled": { ...order("pickup"), order: { ...order("pickup").order, scheduled_for: "2026-12-07T18:30:00.000Z" } },
    "order-received": order("delivery"),
    "order-modified": order("delivery"),
    "order-preparing": order("delivery"),
    "order-ready": order("pickup"),
    "order-out_for_delivery": order("delivery"),
    "order-delivered": order("delivery"),
    "order-collected": order("pickup"),
    "order-cancelled": order("delivery"),
    "order-delivery_failed": order("delivery"),
    "low-stock": {
      locale,
      pizzeria: { name: "OC Pizza Dury" },
      ingredient: "Mozzarella",
      available: 1500,
      threshold: 2000,
      unit: "g",
      stock_location_id: "sloc_01SAMPLE",
      admin_url: "http://localhost:9000/app/ingredient-stock",
    },
    "staff-invite": { locale, invite_url: "http://localhost:9000/app/invite?token=1nv1te-T0ken" },
    "password-reset": { locale, audience: "customer", reset_url: "http://localhost:8000/account/reset-password?token=Re5et-T0ken" },
  }
}
