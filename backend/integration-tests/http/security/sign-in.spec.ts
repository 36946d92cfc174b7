import { medusaIntegrationTestRunner } from "../../helpers/test-runner"
import { createInvitesWorkflow } from "@medusajs/medusa/core-flows"
import { settle } from "../../helpers/demo-store"

jest.setTimeout(300_000)

// Lowered before the server boots so the limits are met in seconds; the
// limiter reads them on each attempt (src/sign-in/attempt-limits.ts).
const ACCOUNT_LIMIT = 5
const ACCOUNT_EVERYWHERE_LIMIT = 8
const IP_LIMIT = 12
// long enough for twelve sign-ins (each a password hash) on a machine busy with another test file and its second
// server: with 4 s, the first attempts slid out of the window before the twelfth and the limit was never met
const WINDOW_SECONDS = 20
process.env.OCP_AUTH_RATE_ACCOUNT = String(ACCOUNT_LIMIT)
process.env.OCP_AUTH_RATE_ACCOUNT_ALL = String(ACCOUNT_EVERYWHERE_LIMIT)
process.env.OCP_AUTH_RATE_IP = String(IP_LIMIT)
process.env.OCP_AUTH_RATE_WINDOW_SECONDS = String(WINDOW_SECONDS)

let addresses = 0
/**
 * A client address of its own: the test's requests come from loopback, a
 * trusted hop, so the address counted is the one X-Forwarded-For names (as
 * nginx appends it in production).
 */
const newClient = () => ({ headers: { "x-forwarded-for": `203.0.113.${++addresses}` } })

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

medusaIntegrationTestRunner({
  // the accounts under test are made by the tests themselves
  emptyStore: true,
  testSuite: ({ api, getContainer }) => {
    type Client = ReturnType<typeof newClient>
    const signIn = (email: string, password: string, client: Client, actor = "customer") => settle(api.post(`/auth/${actor}/emailpass`, { email, password }, client))
    const register = (email: string, password: string, client: Client, actor = "customer") => settle(api.post(`/auth/${actor}/emailpass/register`, { email, password }, client))

    it("an account guessed from one address meets a 429 with Retry-After there, the right password included; its owner elsewhere signs in", async () => {
      const client = newClient()
      expect((await register("brute@example.test", "la-bonne-pizza-42", client)).status).toBe(200)
      // signing in often is not guessing: successful attempts are not counted
      for (let i = 0; i < ACCOUNT_LIMIT + 2; i++) expect((await signIn("brute@example.test", "la-bonne-pizza-42", client)).status).toBe(200)

      const guesser = newClient()
      for (let i = 0; i < ACCOUNT_LIMIT; i++) {
        const wrong = await signIn("brute@example.test", `guess-number-${i}`, guesser)
        expect(wrong).toMatchObject({ status: 401, data: { message: "Invalid email or password" } })
      }
      // in any case: the account is what is limited
      const blocked = await api.post("/auth/customer/emailpass", { email: "Brute@Example.test", password: "guess-again" }, { ...guesser, validateStatus: () => true })
      expect(blocked.status).toBe(429)
      expect(blocked.data).toMatchObject({ code: "too_many_attempts", message: expect.stringMatching(/try again in \d+ seconds?/) })
      const retryAfter = Number(blocked.headers["retry-after"])
      expect(retryAfter).toBeGreaterThanOrEqual(1)
      expect(retryAfter).toBeLessThanOrEqual(WINDOW_SECONDS)

      const rightButBlocked = await signIn("brute@example.test", "la-bonne-pizza-42", guesser)
      expect(rightButBlocked).toMatchObject({ status: 429, data: { code: "too_many_attempts" } })
      // registering names the same account
      expect((await register("brute@example.test", "une-autre-pizza-42", guesser)).status).toBe(429)
      // a stranger's guesses do not lock the owner out
      expect((await signIn("brute@example.test", "la-bonne-pizza-42", client)).status).toBe(200)

      await sleep(retryAfter * 1000 + 200)
      expect((await signIn("brute@example.test", "la-bonne-pizza-42", guesser)).status).toBe(200)
    })

    it("guesses spread over many addresses meet the account's overall ceiling", async () => {
      expect((await register("cible@example.test", "margherita-du-soir-3", newClient())).status).toBe(200)
      for (let i = 0; i < ACCOUNT_EVERYWHERE_LIMIT; i++) expect((await signIn("cible@example.test", `guess-${i}`, newClient())).status).toBe(401)
      expect(await signIn("cible@example.test", "guess-again", newClient())).toMatchObject({ status: 429, data: { code: "too_many_attempts" } })
    })

    it("one address guessing across accounts is stopped; other addresses and accounts go on", async () => {
      const attacker = newClient()
      for (let i = 0; i < IP_LIMIT; i++) expect((await signIn(`someone-${i}@example.test`, "pizza-pizza-pizza", attacker)).status).toBe(401)
      const blocked = await signIn("someone-else@example.test", "pizza-pizza-pizza", attacker)
      expect(blocked).toMatchObject({ status: 429, data: { code: "too_many_attempts" } })
      // a customer signing up from another address is not affected
      expect((await register("voisin@example.test", "quatre-fromages-42", newClient())).status).toBe(200)
      expect((await signIn("someone-else@example.test", "pizza-pizza-pizza", newClient())).status).toBe(401)
    })

    it("an unknown e-mail is answered like a wrong password, in about the same time", async () => {
      expect((await register("known@example.test", "calzone-du-chef-7", newClient())).status).toBe(200)
      const known: number[] = []
      const unknown: number[] = []
      const client = newClient()
      for (let i = 0; i < ACCOUNT_LIMIT; i++) {
        let started = performance.now()
        const wrong = await signIn("known@example.test", `not-the-password-${i}`, client)
        known.push(performance.now() - started)
        started = performance.now()
        const nobody = await signIn(`nobody-${i}@example.test`, `not-the-password-${i}`, client)
        unknown.push(performance.now() - started)
        expect(nobody.status).toBe(wrong.status)
        expect(nobody.data).toEqual(wrong.data)
      }
      // Medusa alone answered an unknown e-mail about 25 times faster
      const ratio = median(known) / median(unknown)
      expect(ratio).toBeGreaterThan(0.5)
      expect(ratio).toBeLessThan(2)
    })

    it("reset requests are counted whatever they answer: nobody floods an inbox", async () => {
      const reset = () => settle(api.post("/auth/customer/emailpass/reset-password", { identifier: "boite@example.test" }, newClient()))
      for (let i = 0; i < ACCOUNT_LIMIT; i++) expect((await reset()).status).toBe(201)
      expect((await reset()).status).toBe(429)
      // nor do they lock the account's sign-in
      expect((await signIn("boite@example.test", "pas-le-bon-mot", newClient())).status).toBe(401)
    })

    it("weak passwords are refused when customers register and when a password is reset", async () => {
      const tooShort = await register("court@example.test", "pizza-123", newClient())
      expect(tooShort).toMatchObject({ status: 400, data: { code: "weak_password", details: { reason: "too_short", min_length: 10 } } })
      expect(tooShort.data.message).toMatch(/at least 10 characters/)
      expect((await register("commun@example.test", "Password123", newClient())).data).toMatchObject({ code: "weak_password", details: { reason: "common" } })
      expect((await register("lea.dupont@example.test", "lea.dupont", newClient())).data).toMatchObject({ code: "weak_password", details: { reason: "same_as_email" } })
      // nothing was created: the same address registers with a good password
      expect((await register("court@example.test", "pizza-123-olives", newClient())).status).toBe(200)

      // a reset's new password is checked before Medusa spends the reset token
      const weakReset = await settle(
        api.post("/auth/customer/emailpass/update", { password: "qwertyuiop" }, { headers: { ...newClient().headers, authorization: "Bearer not-a-reset-token" } })
      )
      expect(weakReset).toMatchObject({ status: 400, data: { code: "weak_password" } })
      const goodReset = await settle(
        api.post("/auth/customer/emailpass/update", { password: "pizza-123-olives" }, { headers: { ...newClient().headers, authorization: "Bearer not-a-reset-token" } })
      )
      expect(goodReset.status).toBe(401)
    })

    it("staff accounts need a pending invitation for their e-mail, and a strong password", async () => {
      const uninvited = await register("intrus@oc-pizza.test", "je-veux-entrer-42", newClient(), "user")
      expect(uninvited).toMatchObject({ status: 403, data: { code: "invitation_required" } })
      expect(uninvited.data.message).toMatch(/invitation/)

      const { result } = await createInvitesWorkflow(getContainer()).run({ input: { invites: [{ email: "recrue@oc-pizza.test" }] } })
      const weak = await register("recrue@oc-pizza.test", "azertyuiop", newClient(), "user")
      expect(weak).toMatchObject({ status: 400, data: { code: "weak_password" } })
      const registered = await register("recrue@oc-pizza.test", "four-a-bois-2024", newClient(), "user")
      expect(registered.status).toBe(200)
      const accepted = await settle(
        api.post(
          `/admin/invites/accept?token=${result[0].token}`,
          { first_name: "Nouvelle", last_name: "Recrue" },
          { headers: { authorization: `Bearer ${registered.data.token}` } }
        )
      )
      expect(accepted.status).toBe(200)
      expect((await signIn("recrue@oc-pizza.test", "four-a-bois-2024", newClient(), "user")).status).toBe(200)

      // an accepted invitation opens no second account
      const again = await register("recrue@oc-pizza.test", "four-a-bois-2025", newClient(), "user")
      expect(again).toMatchObject({ status: 403, data: { code: "invitation_required" } })
    })
  },
})
