import { medusaIntegrationTestRunner } from "../helpers/test-runner"
import type { NotificationDTO } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { TICKET_STATUS_CHANGED, type TicketStatusChanged } from "../../src/kitchen/events"
import { EMAIL_ATTEMPTS } from "../../src/mail/email-attempts"
import { retryFailedEmails } from "../../src/mail/retry-failed-emails"
import { loadDemoStore, placeOrderAt, ticketOf, type DemoStore } from "../helpers/demo-store"
import { catchThisFilesMail } from "../helpers/smtp-catcher"
import { until } from "../helpers/wait"

const MAIL_FROM = "OC Pizza <commandes@oc-pizza.fr>"
const CUSTOMER = "client@example.test"
const smtp = catchThisFilesMail({ MAIL_FROM })
// low-stock alerts to the managers may go out too: only the customer's mail is counted
const toCustomer = () => smtp.messages.filter((mail) => mail.to.includes(CUSTOMER))
const refusedToCustomer = () => smtp.refusals.filter((refusal) => refusal.to.includes(CUSTOMER)).length

jest.setTimeout(300_000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: DemoStore
    const notifications = () => getContainer().resolve(Modules.NOTIFICATION)
    const centre = () => store.pizzeria("Amiens Centre")

    beforeAll(async () => {
      store = await loadDemoStore(api, getContainer())
    })
    beforeEach(() => {
      smtp.refuse(false)
      smtp.clear()
    })

    /** The order's "order-received" e-mail: its first send and every resend, in order of attempt. */
    async function receivedEmailOf(orderId: string): Promise<NotificationDTO[]> {
      const all = await notifications().listNotifications({ template: "order-received" }, { order: { created_at: "ASC" } })
      const first = all.filter((row) => !row.original_notification_id && JSON.stringify(row.data).includes(orderId))
      return all.filter((row) => first.some((one) => one.id === row.id || one.id === row.original_notification_id))
    }
    /** Waits until the first send of the order's e-mail has ended, as `status`. */
    const firstSendOf = (orderId: string, status: "success" | "failure") =>
      until(`the order-received e-mail of ${orderId} (${status})`, async () =>
        // a failure is told once its reason is kept, just after Medusa marked it
        (await receivedEmailOf(orderId)).find((row) => row.status === status && (status === "success" || row.provider_data?.last_error))
      )
    const failedEmails = async () => {
      const { data } = await api.get(`/admin/pizzerias/${centre().id}/dashboard`, await store.adminHeaders())
      return data.dashboard.failed_emails as {
        id: string
        attempts: number
        next_attempt_at: string | null
        last_error: string | null
        to: string
        order_display_id: number | null
      }[]
    }
    /** When the retry after the e-mail's latest attempt is due, read from what the database holds. */
    async function nextDueOf(orderId: string): Promise<Date> {
      const [first] = await receivedEmailOf(orderId)
      const entry = (await failedEmails()).find((email) => email.id === first.id)
      if (!entry?.next_attempt_at) throw new Error(`the e-mail of ${orderId} has no next attempt`)
      return new Date(entry.next_attempt_at)
    }
    const justBefore = (at: Date) => new Date(at.getTime() - 1_000)
    const justAfter = (at: Date) => new Date(at.getTime() + 1_000)

    it("sends one order-received e-mail through SMTP when an order is placed, once even when the event comes twice", async () => {
      const { orderId, ticketId } = await placeOrderAt(api, getContainer(), store, centre())
      const sent = await firstSendOf(orderId, "success")
      const mail = await smtp.waitFor((caught) => caught.headers["message-id"] === sent.external_id)
      expect(mail).toMatchObject({ to: [CUSTOMER], from: MAIL_FROM, language: "fr" })
      expect(mail.subject).not.toBe("")
      expect(mail.html).toContain("<html")
      expect(mail.text).not.toBe("")

      // the ticket's "received" news delivered again by the event bus: the same line of its history
      const { data: tickets } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "kitchen_ticket", fields: ["events.id", "events.status"], filters: { id: ticketId } })
      const received = (tickets[0].events as { id: string; status: string }[]).find((line) => line.status === "received")!
      const again: TicketStatusChanged = {
        ticket_id: ticketId,
        order_id: orderId,
        stock_location_id: centre().id,
        from: null,
        status: "received",
        history_id: received.id,
        at: new Date().toISOString(),
      }
      await getContainer().resolve(Modules.EVENT_BUS).emit({ name: TICKET_STATUS_CHANGED, data: again })
      await new Promise((resolve) => setTimeout(resolve, 2_000))
      expect(toCustomer()).toHaveLength(1)
      expect(await receivedEmailOf(orderId)).toHaveLength(1)
    })

    it("places the order while the relay refuses, retries with backoff, gives up after the last attempt, and shows it to the manager", async () => {
      smtp.refuse(true)
      const { orderId, displayId } = await placeOrderAt(api, getContainer(), store, centre())
      expect(await ticketOf(getContainer(), orderId)).toMatchObject({ status: "received" })
      const first = await firstSendOf(orderId, "failure")
      expect(refusedToCustomer()).toBe(1)
      expect(toCustomer()).toHaveLength(0)

      const [shown] = (await failedEmails()).filter((email) => email.id === first.id)
      expect(shown).toMatchObject({ attempts: 1, to: "c***@example.test", order_display_id: displayId })
      expect(shown.last_error).toContain("451")
      expect(new Date(shown.next_attempt_at!).getTime()).toBe(new Date(first.created_at).getTime() + 60_000)

      for (let attempt = 2; attempt <= EMAIL_ATTEMPTS; attempt++) {
        const due = await nextDueOf(orderId)
        // not before it is due
        expect(await retryFailedEmails(getContainer(), justBefore(due))).not.toContain(first.id)
        expect(await receivedEmailOf(orderId)).toHaveLength(attempt - 1)
        expect(await retryFailedEmails(getContainer(), justAfter(due))).toContain(first.id)
        const attempts = await receivedEmailOf(orderId)
        expect(attempts).toHaveLength(attempt)
        expect(attempts[attempt - 1]).toMatchObject({
          status: "failure",
          original_notification_id: first.id,
          idempotency_key: `${(first as NotificationDTO & { idempotency_key?: string | null }).idempotency_key ?? first.id}#${attempt}`,
          to: CUSTOMER,
        })
        expect(refusedToCustomer()).toBe(attempt)
        // each wait doubles: 1, 2, 4, 8 minutes after the previous attempt
        const after = new Date(attempts[attempt - 1].created_at).getTime()
        const [entry] = (await failedEmails()).filter((email) => email.id === first.id)
        expect(entry.attempts).toBe(attempt)
        if (attempt < EMAIL_ATTEMPTS) expect(new Date(entry.next_attempt_at!).getTime() - after).toBe(60_000 * 2 ** (attempt - 1))
      }

      // given up: shown without a next try, and never sent again
      const [givenUp] = (await failedEmails()).filter((email) => email.id === first.id)
      expect(givenUp).toMatchObject({ attempts: EMAIL_ATTEMPTS, next_attempt_at: null })
      smtp.refuse(false)
      expect(await retryFailedEmails(getContainer(), new Date(Date.now() + 6 * 60 * 60_000))).not.toContain(first.id)
      expect(await receivedEmailOf(orderId)).toHaveLength(EMAIL_ATTEMPTS)
      expect(toCustomer()).toHaveLength(0)
    })

    it("delivers on a later attempt once the relay accepts again, then no longer shows it", async () => {
      smtp.refuse(true)
      const { orderId } = await placeOrderAt(api, getContainer(), store, centre())
      const first = await firstSendOf(orderId, "failure")
      await retryFailedEmails(getContainer(), justAfter(await nextDueOf(orderId)))
      expect(refusedToCustomer()).toBe(2)
      expect((await failedEmails()).map((email) => email.id)).toContain(first.id)

      smtp.refuse(false)
      const due = await nextDueOf(orderId)
      await retryFailedEmails(getContainer(), justAfter(due))
      const attempts = await receivedEmailOf(orderId)
      expect(attempts.map((attempt) => attempt.status)).toEqual(["failure", "failure", "success"])
      await smtp.waitFor((caught) => caught.headers["message-id"] === attempts[2].external_id)
      expect(toCustomer()).toHaveLength(1)
      expect((await failedEmails()).map((email) => email.id)).not.toContain(first.id)

      // delivered: later runs leave it alone
      await retryFailedEmails(getContainer(), new Date(due.getTime() + 60 * 60_000))
      expect(await receivedEmailOf(orderId)).toHaveLength(3)
      expect(toCustomer()).toHaveLength(1)
    })

    it("sends a due retry once when two runs race", async () => {
      smtp.refuse(true)
      const { orderId } = await placeOrderAt(api, getContainer(), store, centre())
      await firstSendOf(orderId, "failure")
      smtp.refuse(false)
      const at = justAfter(await nextDueOf(orderId))
      await Promise.all([retryFailedEmails(getContainer(), at), retryFailedEmails(getContainer(), at), retryFailedEmails(getContainer(), at)])
      const attempts = await receivedEmailOf(orderId)
      expect(attempts.map((attempt) => attempt.status)).toEqual(["failure", "success"])
      await smtp.waitFor((caught) => caught.headers["message-id"] === attempts[1].external_id)
      await new Promise((resolve) => setTimeout(resolve, 500))
      expect(toCustomer()).toHaveLength(1)
    })

    it("retries an e-mail whose sending process stopped mid-send, once it has been pending ten minutes", async () => {
      const { orderId } = await placeOrderAt(api, getContainer(), store, centre())
      const delivered = await firstSendOf(orderId, "success")
      smtp.clear()
      // what a process killed while talking to the relay leaves: the row, still pending
      const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const startedAt = new Date()
      await knex("notification").insert({
        id: "noti_cut_short_by_a_crash",
        to: CUSTOMER,
        channel: "email",
        template: "order-received",
        data: JSON.stringify(delivered.data),
        status: "pending",
        provider_id: delivered.provider_id,
        idempotency_key: "cut-short-by-a-crash",
        created_at: startedAt,
        updated_at: startedAt,
      })
      expect(await retryFailedEmails(getContainer(), new Date(startedAt.getTime() + 5 * 60_000))).not.toContain("noti_cut_short_by_a_crash")
      expect(await retryFailedEmails(getContainer(), new Date(startedAt.getTime() + 11 * 60_000))).toContain("noti_cut_short_by_a_crash")
      const [resend] = await notifications().listNotifications({ original_notification_id: "noti_cut_short_by_a_crash" } as never)
      expect(resend).toMatchObject({ status: "success", idempotency_key: "cut-short-by-a-crash#2" })
      await smtp.waitFor((caught) => caught.headers["message-id"] === resend.external_id)
      expect(toCustomer()).toHaveLength(1)
    })
  },
})
