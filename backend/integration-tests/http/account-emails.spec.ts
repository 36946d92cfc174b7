import { medusaIntegrationTestRunner } from "../helpers/test-runner"
import { Modules } from "@medusajs/framework/utils"
import { loadDemoStore, settle, type DemoStore } from "../helpers/demo-store"
import { signIn } from "../helpers/sign-in"
import { catchThisFilesMail, type CaughtMail } from "../helpers/smtp-catcher"

jest.setTimeout(300_000)

const STOREFRONT_URL = "https://shop.oc-pizza.test"
const BACKEND_URL = "https://api.oc-pizza.test"

const smtp = catchThisFilesMail({ STOREFRONT_URL, MEDUSA_BACKEND_URL: BACKEND_URL })

/** The link an e-mail carries to `page`, from its HTML (the button) and its text part alike. */
function linkIn(mail: CaughtMail, page: string): URL {
  const escaped = page.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")
  const found = new RegExp(`${escaped}\\?token=[^"'\\s<>)]+`).exec(mail.html.replace(/&amp;/g, "&"))?.[0]
  if (!found) throw new Error(`no link to ${page} in "${mail.subject}"`)
  expect(mail.text).toContain(found)
  return new URL(found)
}

const tokenOf = (link: URL) => link.searchParams.get("token")!

const mailTo = (email: string, subject?: RegExp) => (mail: CaughtMail) => mail.to.includes(email.toLowerCase()) && (!subject || subject.test(mail.subject))

/** Lets the subscribers of everything asked so far run, then returns what reached `email`. */
async function mailsTo(email: string, after: () => Promise<unknown>): Promise<CaughtMail[]> {
  await after()
  return smtp.messages.filter(mailTo(email))
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: DemoStore

    beforeAll(async () => {
      store = await loadDemoStore(api, getContainer())
    })
    beforeEach(() => smtp.clear())

    async function registerCustomer(name: string, password: string): Promise<string> {
      const email = `${name}-${Date.now()}@example.test`
      const { data: auth } = await api.post("/auth/customer/emailpass/register", { email, password })
      await api.post("/store/customers", { email, first_name: name, last_name: "Client" }, { headers: { ...store.storeHeaders.headers, authorization: `Bearer ${auth.token}` } })
      return email
    }

    const askReset = (actor: "customer" | "user", identifier: string, metadata?: Record<string, unknown>) =>
      settle(api.post(`/auth/${actor}/emailpass/reset-password`, metadata ? { identifier, metadata } : { identifier }))
    const update = (actor: "customer" | "user", token: string, email: string, password: string) =>
      settle(api.post(`/auth/${actor}/emailpass/update`, { email, password }, { headers: { authorization: `Bearer ${token}` } }))
    const signInAs = (actor: "customer" | "user", email: string, password: string) => settle(api.post(`/auth/${actor}/emailpass`, { email, password }))

    it("e-mails a customer, in French, a link to the shop's reset page whose token sets the password once", async () => {
      const email = await registerCustomer("oubli", "Old-Regina-Password-1")
      // the request's metadata is written by anyone: it never chooses where the link leads
      expect((await askReset("customer", email, { reset_url: "https://evil.example/steal", storefront_url: "https://evil.example" })).status).toBe(201)

      const mail = await smtp.waitFor(mailTo(email))
      expect(mail.language).toBe("fr")
      expect(mail.html).not.toContain("evil.example")
      const link = linkIn(mail, `${STOREFRONT_URL}/account/reset-password`)
      expect(`${link.origin}${link.pathname}`).toBe(`${STOREFRONT_URL}/account/reset-password`)

      const newPassword = "New-Calzone-Password-2"
      expect((await update("customer", tokenOf(link), email, newPassword)).status).toBe(200)
      expect((await signInAs("customer", email, newPassword)).status).toBe(200)
      expect((await signInAs("customer", email, "Old-Regina-Password-1")).status).toBe(401)
      // single use: the same link a second time is refused, the password stays
      expect((await update("customer", tokenOf(link), email, "Third-Quattro-Password-3")).status).toBe(401)
      expect((await signInAs("customer", email, newPassword)).status).toBe(200)
      // one e-mail for one request
      expect(smtp.messages.filter(mailTo(email))).toHaveLength(1)
    })

    it("writes in English only when asked for English, and never follows a language it does not speak", async () => {
      const email = await registerCustomer("english", "Old-Regina-Password-1")
      await askReset("customer", email, { locale: "en" })
      expect((await smtp.waitFor(mailTo(email))).language).toBe("en")
      smtp.clear()
      await askReset("customer", email, { locale: "de" })
      expect((await smtp.waitFor(mailTo(email))).language).toBe("fr")
    })

    it("answers an unknown address the same 201 and sends it nothing", async () => {
      const unknown = `nobody-${Date.now()}@example.test`
      const known = await registerCustomer("known", "Old-Regina-Password-1")
      const asked = await askReset("customer", unknown)
      expect(asked.status).toBe(201)
      // a request made after it has been e-mailed: the unknown one had its turn
      const received = await mailsTo(unknown, async () => {
        expect((await askReset("customer", known)).status).toBe(201)
        await smtp.waitFor(mailTo(known))
      })
      expect(received).toEqual([])
      expect(smtp.messages.every((mail) => !mail.to.includes(unknown))).toBe(true)
    })

    it("sends a staff member's reset link to the admin's own reset page", async () => {
      expect((await askReset("user", "manager@oc-pizza.test")).status).toBe(201)
      const mail = await smtp.waitFor(mailTo("manager@oc-pizza.test"))
      const link = linkIn(mail, `${BACKEND_URL}/app/reset-password`)
      expect(`${link.origin}${link.pathname}`).toBe(`${BACKEND_URL}/app/reset-password`)
      // a staff address asked for from the shop has no customer account there: nothing is sent
      const fromShop = await mailsTo("manager@oc-pizza.test", async () => {
        smtp.clear()
        await askReset("customer", "manager@oc-pizza.test")
        const other = await registerCustomer("after-staff", "Old-Regina-Password-1")
        await askReset("customer", other)
        await smtp.waitFor(mailTo(other))
      })
      expect(fromShop).toEqual([])
    })

    it("e-mails the invitation a manager sends, and again when it is resent; its link opens the new member's account", async () => {
      const manager = await signIn(api, "manager@oc-pizza.test")
      const centre = store.pizzeria("Amiens Centre")
      const email = `livreur-${Date.now()}@oc-pizza.test`
      const invited = await settle(api.post("/admin/staff", { email, role: "driver", pizzeria_ids: [centre.id] }, manager))
      expect(invited.status).toBe(201)

      const mail = await smtp.waitFor(mailTo(email))
      const link = linkIn(mail, `${BACKEND_URL}/app/invite`)
      expect(`${link.origin}${link.pathname}`).toBe(`${BACKEND_URL}/app/invite`)
      expect(smtp.messages.filter(mailTo(email))).toHaveLength(1)

      // resent from the admin's invitations page: a second e-mail, with the new token
      const [invite] = await getContainer().resolve(Modules.USER).listInvites({ email })
      expect((await settle(api.post(`/admin/invites/${invite.id}/resend`, {}, await store.adminHeaders()))).status).toBe(200)
      await smtp.waitFor(() => smtp.messages.filter(mailTo(email)).length === 2)
      const resent = linkIn(smtp.messages.filter(mailTo(email))[1], `${BACKEND_URL}/app/invite`)
      expect(tokenOf(resent)).not.toBe(tokenOf(link))

      // what the admin's invitation page does with the link's token
      const password = "Delivery-Scooter-Key-7"
      const { data: registered } = await api.post("/auth/user/emailpass/register", { email, password })
      const accept = (token: string) =>
        settle(
          api.post(
            `/admin/invites/accept?token=${encodeURIComponent(token)}`,
            { first_name: "Lina", last_name: "Livreuse" },
            { headers: { authorization: `Bearer ${registered.token}` } }
          )
        )
      // the first e-mail's link no longer opens it: only the latest does
      expect((await accept(tokenOf(link))).status).toBe(401)
      const accepted = await accept(tokenOf(resent))
      expect(accepted.status).toBe(200)
      const signedIn = await signInAs("user", email, password)
      expect(signedIn.status).toBe(200)
      const { data: me } = await api.get("/admin/staff/me", { headers: { authorization: `Bearer ${signedIn.data.token}` } })
      expect(me).toMatchObject({ staff: { email, role: "driver" } })
    })
  },
})
