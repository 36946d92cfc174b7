import { medusaIntegrationTestRunner } from "../helpers/test-runner"
import { loadDemoStore, prepareDeliveryCart, preparePickupCart, settle, ticketOf, type DemoStore } from "../helpers/demo-store"
import { catchThisFilesMail, type CaughtMail } from "../helpers/smtp-catcher"

jest.setTimeout(300_000)

const STOREFRONT_URL = "https://shop.oc-pizza.test"
const BACKEND_URL = "https://api.oc-pizza.test"

const smtp = catchThisFilesMail({ STOREFRONT_URL, MEDUSA_BACKEND_URL: BACKEND_URL })

/** The shop's order page an e-mail links to, with its token: from the HTML (the button) and written out in the text part alike. */
function trackingLinkIn(mail: CaughtMail): URL {
  const found = /https:\/\/shop\.oc-pizza\.test\/orders\/[^"'\s<>]+/.exec(mail.html.replace(/&amp;/g, "&"))?.[0]
  if (!found) throw new Error(`no link to the shop's order page in "${mail.subject}"`)
  expect(mail.text).toContain(found)
  return new URL(found)
}

/**
 * The order e-mails as a customer receives them, through the SMTP provider:
 * the wording and language of each step, the order's lines and total, and a
 * link a guest can follow to the order's tracking.
 */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: DemoStore

    beforeAll(async () => {
      store = await loadDemoStore(api, getContainer())
    })

    const transition = async (ticketId: string, to: string, extra: Record<string, unknown> = {}) =>
      settle(api.post(`/admin/kitchen/tickets/${ticketId}/transition`, { to, ...extra }, await store.adminHeaders()))
    const mailTo = (email: string, subject: string) => (mail: CaughtMail) => mail.to.includes(email) && mail.subject === subject

    /** Places a cart at Amiens Centre for `email`, written in `locale` when given (what the shop sends for an English reader). */
    async function placeOrder(cartId: string, email: string, locale?: string) {
      await api.post(`/store/carts/${cartId}`, locale ? { email, locale } : { email }, store.storeHeaders)
      const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, store.storeHeaders)
      expect(data.type).toBe("order")
      const ticket = await ticketOf(getContainer(), data.order.id)
      return { id: data.order.id as string, number: `#${data.order.display_id}`, total: Number(data.order.total), ticket }
    }

    it("an English delivery order is told in English at each step, with its lines and total, and the e-mail's link opens it for a guest", async () => {
      const email = `english-${Date.now()}@example.test`
      const centre = store.pizzeria("Amiens Centre")
      const cartId = await prepareDeliveryCart(api, store, centre, [
        { variant_id: store.variant("margherita/M"), quantity: 2 },
        { variant_id: store.variant("reine/L"), quantity: 1 },
      ])
      const order = await placeOrder(cartId, email, "en-GB")

      const received = await smtp.waitFor(mailTo(email, `Order ${order.number} received`))
      expect(received.language).toBe("en")
      expect(received.html).toMatch(/<html[^>]* lang="en"/)
      const total = new Intl.NumberFormat("en-GB", { style: "currency", currency: "EUR" }).format(order.total)
      for (const part of [received.html, received.text]) {
        expect(part).toContain(centre.name)
        expect(part).toContain("2 × Margherita")
        // the cart was written in English: its lines are the dishes' English names
        expect(part).toContain("1 × Ham and mushroom")
        expect(part).toContain(total)
      }
      // the kitchen reads the names of its own menu, whatever the customer's language
      const { data: board } = await api.get(`/admin/kitchen/tickets?pizzeria_id=${centre.id}`, await store.adminHeaders())
      const onBoard = board.tickets.find((candidate: { id: string }) => candidate.id === order.ticket.id)
      expect(onBoard.items).toEqual(expect.arrayContaining([expect.objectContaining({ title: "Reine", variant: expect.stringMatching(/^Grande/) })]))
      expect(received.text).toMatch(/Delivery expected around \d\d:\d\d/)

      // the guest follows the link: the shop's order page, whose token opens the order's tracking
      const link = trackingLinkIn(received)
      expect(link.pathname).toBe(`/orders/${order.id}`)
      expect(link.searchParams.get("token")).toBe(order.ticket.tracking_token)
      const tracking = await settle(api.get(`/store/orders/${order.id}/tracking?token=${encodeURIComponent(link.searchParams.get("token")!)}`, store.storeHeaders))
      expect(tracking.status).toBe(200)
      expect(tracking.data).toMatchObject({ status: "received", order: { display_id: Number(order.number.slice(1)) } })

      for (const to of ["preparing", "ready", "out_for_delivery"]) expect((await transition(order.ticket.id, to)).status).toBe(200)
      expect((await transition(order.ticket.id, "delivered", { paid_with: "cash" })).status).toBe(200)
      for (const subject of [`Order ${order.number} being prepared`, `Order ${order.number} on its way`, `Order ${order.number} delivered`]) {
        const mail = await smtp.waitFor(mailTo(email, subject))
        expect(mail.language).toBe("en")
        expect(trackingLinkIn(mail).searchParams.get("token")).toBe(order.ticket.tracking_token)
      }
      // "ready" is not news for a delivery, and each step is told once
      expect(smtp.messages.filter((mail) => mail.to.includes(email)).map((mail) => mail.subject)).toEqual([
        `Order ${order.number} received`,
        `Order ${order.number} being prepared`,
        `Order ${order.number} on its way`,
        `Order ${order.number} delivered`,
      ])
    })

    it("a pickup order whose cart says no language is told in French that it is ready, then collected", async () => {
      const email = `francais-${Date.now()}@example.test`
      const cartId = await preparePickupCart(api, store, store.pizzeria("Amiens Centre"), [{ variant_id: store.variant("margherita/M"), quantity: 1 }])
      const order = await placeOrder(cartId, email)
      await smtp.waitFor(mailTo(email, `Commande ${order.number} reçue`))

      for (const to of ["preparing", "ready"]) expect((await transition(order.ticket.id, to)).status).toBe(200)
      const ready = await smtp.waitFor(mailTo(email, `Commande ${order.number} prête`))
      expect(ready.language).toBe("fr")
      expect(ready.text).toMatch(/vous attend au comptoir/)
      expect(ready.text).toContain(new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR" }).format(order.total))
      expect(trackingLinkIn(ready).searchParams.get("token")).toBe(order.ticket.tracking_token)

      expect((await transition(order.ticket.id, "collected", { paid_with: "cash" })).status).toBe(200)
      expect((await smtp.waitFor(mailTo(email, `Commande ${order.number} retirée`))).language).toBe("fr")
    })

    it("a pizzeria's manager is told of low stock in the ingredient's unit, with the way to the stock screen", async () => {
      const centre = store.pizzeria("Amiens Centre")
      // Amiens Centre: 900 g of capers, threshold 150 g
      const waste = { inventory_item_id: store.inventoryItem("ING-CAPRES"), type: "waste", quantity: 800 }
      await api.post(`/admin/stock-locations/${centre.id}/stock-movements`, waste, await store.adminHeaders())
      const mail = await smtp.waitFor(mailTo("manager@oc-pizza.test", `Stock bas : Câpres à ${centre.name}`))
      expect(mail.language).toBe("fr")
      expect(mail.text).toContain(`Câpres : il reste 100 g à ${centre.name}, sous le seuil d'alerte de 150 g.`)
      expect(mail.text).toContain(`${BACKEND_URL}/app/ingredient-stock`)
      expect(mail.html).toContain(`href="${BACKEND_URL}/app/ingredient-stock"`)
    })
  },
})
