import { lowStockNotifications } from "../low-stock-email-data"
import { orderEmailNotification, trackingUrl } from "../order-email-data"
import type { OrderEmailData } from "../email-data"
import { renderEmail } from "../render-email"

const change = { ticket_id: "kt_1", status: "received" as const, history_id: "kth_1", stock_location_id: "sloc_1" }
const order = {
  id: "order_1",
  email: "camille@example.com",
  locale: "en-GB",
  display_id: 7,
  currency_code: "eur",
  total: 26.5,
  items: [
    { title: "Margherita", total: 23, quantity: 2 },
    // taken out by a change: still on the order, with nothing ordered
    { title: "Reine", total: 0, detail: { quantity: 0 } },
    { title: "Tiramisu", total: 3.5, detail: { quantity: 1 } },
  ],
}
const ticket = { id: "kt_1", kind: "delivery" as const, tracking_token: "a+b/c=", estimated_ready_at: new Date("2026-12-06T18:45:00Z") }
const pizzeria = { name: "OC Pizza Dury", phone: "03 22 45 67 89" }

describe("orderEmailNotification", () => {
  it("gives the template's data: lines still ordered, total, ETA, the absolute tracking link from the configured shop", async () => {
    const notification = orderEmailNotification(change, order, ticket, pizzeria, "https://shop.oc-pizza.fr/")
    expect(notification).toMatchObject({
      to: "camille@example.com",
      channel: "email",
      template: "order-received",
      idempotency_key: "order-status:kt_1:received:kth_1",
      resource_type: "order",
      resource_id: "order_1",
      data: {
        locale: "en",
        pizzeria,
        order: {
          id: "order_1",
          display_id: 7,
          kind: "delivery",
          items: [
            { title: "Margherita", quantity: 2, total: 23 },
            { title: "Tiramisu", quantity: 1, total: 3.5 },
          ],
          total: 26.5,
          currency_code: "eur",
          eta: "2026-12-06T18:45:00.000Z",
        },
        tracking_url: "https://shop.oc-pizza.fr/orders/order_1?token=a%2Bb%2Fc%3D",
        stock_location_id: "sloc_1",
      },
    })
    const { subject, text } = await renderEmail(notification!.template!, notification!.data!)
    expect(subject).toBe("Order #7 received")
    expect(text).toContain("https://shop.oc-pizza.fr/orders/order_1?token=a%2Bb%2Fc%3D")
    expect(text).not.toContain("Reine")
  })

  it("lists a customised pizza's changes under its line, in the order's language", async () => {
    const customised = { ...order, locale: "fr-FR", items: [{ id: "ordli_1", title: "Végétarienne", total: 15.7, quantity: 1 }] }
    const changes = new Map([["ordli_1", { remove: [{ id: "iitem_onion", name: "Oignons rouges" }], add: [{ id: "iitem_chorizo", name: "Chorizo" }] }]])
    const notification = orderEmailNotification(change, customised, ticket, pizzeria, "http://localhost:8000", changes)
    expect(notification?.data?.order).toMatchObject({ items: [{ title: "Végétarienne", without: ["Oignons rouges"], extras: ["Chorizo"] }] })
    expect((await renderEmail(notification!.template!, notification!.data!)).text).toContain("Sans Oignons rouges · + Chorizo")
    // a plain line says nothing more
    const data = notification!.data as unknown as OrderEmailData
    const plain = { ...data, order: { ...data.order, items: [{ title: "Reine", quantity: 1, total: 11 }] } }
    expect((await renderEmail("order-received", plain)).text).not.toMatch(/Sans|0\n/)
  })

  it("announces a booked order with its slot, and stays silent when it enters the queue at its fire time", async () => {
    const booked = { ...ticket, scheduled_for: new Date("2026-12-07T18:30:00Z") }
    const notification = orderEmailNotification({ ...change, status: "scheduled", from: null }, order, booked, pizzeria, "http://localhost:8000")
    expect(notification).toMatchObject({ template: "order-scheduled", data: { order: { scheduled_for: "2026-12-07T18:30:00.000Z" } } })
    expect((await renderEmail(notification!.template!, notification!.data!)).text).toContain("Delivery booked for Monday 7 December at 19:30")
    expect(orderEmailNotification({ ...change, status: "received", from: "scheduled" }, order, booked, pizzeria, "http://localhost:8000")).toBeUndefined()
    // a pizzaiolo starting it is news again
    expect(orderEmailNotification({ ...change, status: "preparing", from: "received" }, order, booked, pizzeria, "http://localhost:8000")).toMatchObject({
      template: "order-preparing",
    })
  })

  it("writes French unless the order says English, and a change under its own key", () => {
    const french = orderEmailNotification({ ...change, modified: true }, { ...order, locale: null }, ticket, { name: "OC Pizza Dury" }, "http://localhost:8000")
    expect(french).toMatchObject({ template: "order-modified", idempotency_key: "order-modified:kth_1", data: { locale: "fr", pizzeria: { phone: null } } })
  })

  it("tells nobody without an address, and a delivery nothing when it is ready", () => {
    expect(orderEmailNotification(change, { ...order, email: null }, ticket, pizzeria, "http://localhost:8000")).toBeUndefined()
    expect(orderEmailNotification({ ...change, status: "ready" }, order, ticket, pizzeria, "http://localhost:8000")).toBeUndefined()
    expect(orderEmailNotification({ ...change, status: "ready" }, order, { ...ticket, kind: "pickup" }, pizzeria, "http://localhost:8000")?.template).toBe("order-ready")
  })

  it("links to the shop's order page with the token", () => {
    expect(trackingUrl("http://localhost:8000", "order_1", "tok")).toBe("http://localhost:8000/orders/order_1?token=tok")
  })
})

describe("lowStockNotifications", () => {
  it("e-mails each manager once per crossing, with the stock screen's address", async () => {
    const crossing = { stock_location_id: "sloc_1", inventory_item_id: "iitem_1", ingredient_id: "ing_1", available: 100, threshold: 150, noticed_at: "2026-12-06T18:00:00.000Z" }
    const notifications = lowStockNotifications(crossing, ["a@oc-pizza.test", "b@oc-pizza.test"], { name: "Câpres", unit: "g" }, "OC Pizza Dury", "https://admin.oc-pizza.fr")
    expect(notifications.map((notification) => [notification.to, notification.idempotency_key])).toEqual([
      ["a@oc-pizza.test", "low-stock:a@oc-pizza.test:sloc_1:iitem_1:2026-12-06T18:00:00.000Z"],
      ["b@oc-pizza.test", "low-stock:b@oc-pizza.test:sloc_1:iitem_1:2026-12-06T18:00:00.000Z"],
    ])
    const { subject, text } = await renderEmail("low-stock", notifications[0].data!)
    expect(notifications[0]).toMatchObject({
      resource_type: "inventory_item",
      resource_id: "iitem_1",
      data: { ingredient: "Câpres", unit: "g", pizzeria: { name: "OC Pizza Dury" } },
    })
    expect(subject).toBe("Stock bas : Câpres à OC Pizza Dury")
    expect(text).toContain("https://admin.oc-pizza.fr/app/ingredient-stock")
    expect(text).toContain("il reste 100 g")
  })
})
