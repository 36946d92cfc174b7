import { medusaIntegrationTestRunner } from "../helpers/test-runner"
import { loadDemoStore, placeOrderAt, settle, type DemoStore } from "../helpers/demo-store"
import { signIn, type AdminHeaders } from "../helpers/sign-in"

jest.setTimeout(300_000)

type Run = { ticket_id: string; display_id: number; amount: number; paid_with: string; address: string; delivered_at: string; driver: { id: string; name: string } }
type Shift = { driver: { id: string; name: string }; runs: number; cash: number; card_terminal: number; online: number; to_hand_over: number }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: DemoStore
    let driver: AdminHeaders
    let manager: AdminHeaders
    beforeAll(async () => {
      store = await loadDemoStore(api, getContainer())
      driver = await signIn(api, "livreur@oc-pizza.test")
      manager = await signIn(api, "manager@oc-pizza.test")
    })
    const centre = () => store.pizzeria("Amiens Centre")
    const saintLeu = () => store.pizzeria("Saint-Leu")

    /** A delivery order at a pizzeria taken out by `by` and handed over, paid as said. */
    async function deliver(
      pizzeria: { id: string; sales_channel_id: string },
      by: AdminHeaders,
      paidWith: "cash" | "card_terminal",
      address?: { address_1: string; postal_code: string; city: string }
    ) {
      const order = await placeOrderAt(api, getContainer(), store, pizzeria, [["margherita/M", 2]], { kind: "delivery", address })
      const admin = await store.adminHeaders()
      for (const [body, headers] of [
        [{ to: "preparing" }, admin],
        [{ to: "ready" }, admin],
        [{ to: "out_for_delivery" }, by],
        [{ to: "delivered", paid_with: paidWith }, by],
      ] as const) {
        const answer = await settle(api.post(`/admin/kitchen/tickets/${order.ticketId}/transition`, body, headers))
        expect(answer.status).toBe(200)
      }
      return order
    }
    const runsOf = (pizzeriaId: string, headers: AdminHeaders, query = "") => settle(api.get(`/admin/pizzerias/${pizzeriaId}/deliveries/runs${query}`, headers))

    it("gives a driver their own deliveries of today, newest first, with the cash to hand over; a manager sees every driver's", async () => {
      const admin = await store.adminHeaders()
      const { data: me } = await api.get("/admin/users/me", driver)
      const { data: adminMe } = await api.get("/admin/users/me", admin)

      const cash = await deliver(centre(), driver, "cash")
      const card = await deliver(centre(), driver, "card_terminal")
      // another driver's run (the admin drove this one), and the driver's own run at another pizzeria
      const someoneElses = await deliver(centre(), admin, "cash")
      await deliver(saintLeu(), admin, "cash", { address_1: "40 rue Saint-Leu", postal_code: "80000", city: "Amiens" })

      const mine = await runsOf(centre().id, driver)
      expect(mine.status).toBe(200)
      const runs: Run[] = mine.data.runs.runs
      expect(runs.map((run) => run.ticket_id)).toEqual([card.ticketId, cash.ticketId])
      expect(runs[1]).toMatchObject({
        display_id: cash.displayId,
        amount: cash.total,
        paid_with: "cash",
        address: "12 rue Delambre, 80000 Amiens",
        driver: { id: me.user.id, name: "Karim Benali" },
      })
      expect(runs[0]).toMatchObject({ amount: card.total, paid_with: "card_terminal" })
      expect(Date.now() - new Date(runs[0].delivered_at).getTime()).toBeLessThan(120_000)
      expect(mine.data.runs.shifts).toEqual([
        { driver: { id: me.user.id, name: "Karim Benali" }, runs: 2, cash: cash.total, card_terminal: card.total, online: 0, to_hand_over: cash.total },
      ])
      expect(mine.data.runs.time_zone).toBe("Europe/Paris")
      // "today" is the pizzeria's service day: it started in the last 24 hours, at 05:00 Paris time
      const dayStart = new Date(mine.data.runs.day_started_at)
      expect(Date.now() - dayStart.getTime()).toBeLessThan(24 * 3600_000)
      expect(new Intl.DateTimeFormat("fr-FR", { timeZone: "Europe/Paris", hour: "2-digit", minute: "2-digit" }).format(dayStart)).toBe("05:00")

      // naming themselves is fine; another driver's runs are refused, not narrowed
      expect((await runsOf(centre().id, driver, `?driver_id=${me.user.id}`)).data.runs.runs).toHaveLength(2)
      expect(await runsOf(centre().id, driver, `?driver_id=${adminMe.user.id}`)).toMatchObject({ status: 403, data: { code: "other_driver" } })
      // nor another pizzeria's, nor another role's, nor a question the route does not know
      expect(await runsOf(saintLeu().id, driver)).toMatchObject({ status: 403, data: { code: "other_pizzeria" } })
      expect(await runsOf(centre().id, await signIn(api, "pizzaiolo@oc-pizza.test"))).toMatchObject({ status: 403, data: { code: "forbidden_for_role" } })
      expect((await runsOf(centre().id, driver, "?since=2020-01-01")).status).toBe(400)
      expect(await runsOf("sloc_none", admin)).toMatchObject({ status: 404, data: { code: "pizzeria_not_found" } })

      // the manager sees both drivers at their pizzeria, or one when asked
      const all = await runsOf(centre().id, manager)
      expect(all.status).toBe(200)
      expect(all.data.runs.runs.map((run: Run) => run.ticket_id).sort()).toEqual([cash.ticketId, card.ticketId, someoneElses.ticketId].sort())
      const shifts: Shift[] = all.data.runs.shifts
      expect(shifts.map((shift) => [shift.driver.id, shift.runs, shift.to_hand_over])).toEqual(
        expect.arrayContaining([
          [me.user.id, 2, cash.total],
          [adminMe.user.id, 1, someoneElses.total],
        ])
      )
      expect(shifts).toHaveLength(2)
      const { data: one } = await runsOf(centre().id, manager, `?driver_id=${adminMe.user.id}`)
      expect(one.runs.runs.map((run: Run) => run.ticket_id)).toEqual([someoneElses.ticketId])
    })

    it("counts nothing for an order on the road or back after a failed attempt", async () => {
      const order = await placeOrderAt(api, getContainer(), store, centre(), [["margherita/M", 2]], { kind: "delivery" })
      const admin = await store.adminHeaders()
      for (const body of [{ to: "preparing" }, { to: "ready" }]) await api.post(`/admin/kitchen/tickets/${order.ticketId}/transition`, body, admin)
      await api.post(`/admin/kitchen/tickets/${order.ticketId}/transition`, { to: "out_for_delivery" }, driver)
      await api.post(`/admin/kitchen/tickets/${order.ticketId}/transition`, { to: "delivery_failed", note: "Absent" }, driver)
      const { data } = await runsOf(centre().id, driver)
      expect(data.runs.runs.map((run: Run) => run.ticket_id)).not.toContain(order.ticketId)
    })
  },
})
