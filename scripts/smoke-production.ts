import { randomBytes } from "node:crypto"
import { startDemoStack } from "./lib/demo-stack"
import { demoPeople } from "./lib/demo-state"
import { loadRootEnv } from "./lib/env"
import { failureGist, runSuite, type Tally } from "./lib/jest-results"
import { info, phase } from "./lib/output"

/**
 * `npm run smoke:production`: starts the production build in production mode
 * (fresh random secrets and an SMTP relay, as a deployment would have: here a
 * mail catcher) on a throw-away copy of the demo data, and checks what a load
 * balancer and a person would see, e-mail included.
 */

loadRootEnv()

type Check = { name: string; run: () => Promise<void> }

async function expectOk(url: string, init?: RequestInit): Promise<Response> {
  const response = await fetch(url, init)
  if (!response.ok) throw new Error(`${url} answered ${response.status}`)
  return response
}

async function main(): Promise<Tally> {
  const stack = await startDemoStack({
    NODE_ENV: "production",
    JWT_SECRET: randomBytes(32).toString("hex"),
    COOKIE_SECRET: randomBytes(32).toString("hex"),
  })
  const checks: Check[] = [
    { name: "GET /health answers OK", run: async () => void (await expectOk(`${stack.backendUrl}/health`)) },
    {
      name: "GET /app serves the admin",
      run: async () => {
        const html = await (await expectOk(`${stack.backendUrl}/app`)).text()
        if (!html.includes('<div id="medusa"')) throw new Error("the admin page has no application root")
      },
    },
    {
      name: "GET /store/pizzerias lists the 5 pizzerias with the storefront key",
      run: async () => {
        const response = await expectOk(`${stack.backendUrl}/store/pizzerias`, { headers: { "x-publishable-api-key": stack.publishableKey } })
        const { pizzerias } = (await response.json()) as { pizzerias: unknown[] }
        if (pizzerias.length !== 5) throw new Error(`expected 5 pizzerias, got ${pizzerias.length}`)
      },
    },
    {
      name: "the storefront's home page lists them",
      run: async () => {
        const html = await (await expectOk(stack.storefrontUrl)).text()
        if (!html.includes("OC Pizza Saint-Leu")) throw new Error("Saint-Leu is missing from the home page")
      },
    },
    {
      name: "a customer's password reset e-mail reaches the relay with a link to the shop",
      run: async () => {
        const customer = demoPeople().customers[0].email
        await expectOk(`${stack.backendUrl}/auth/customer/emailpass/reset-password`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ identifier: customer }),
        })
        const mail = await stack.mailCatcher!.waitForMailTo(customer)
        // the shop's address as the backend was given it (scripts/lib/stack.ts)
        const resetPage = `${(process.env.STOREFRONT_URL ?? stack.storefrontUrl).replace(/\/+$/, "")}/account/reset-password?token=`
        if (!mail.html.includes(resetPage)) throw new Error(`"${mail.subject}" has no link to ${resetPage}`)
      },
    },
  ]

  const tally: Tally = { passed: 0, failed: 0, skipped: 0, failures: [] }
  try {
    await phase("production checks", async () => {
      for (const check of checks) {
        try {
          await check.run()
          tally.passed++
          info(`✔ ${check.name}`)
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error)
          tally.failed++
          tally.failures?.push(`${check.name}: ${failureGist(message)}`)
          info(`✘ ${check.name}: ${message}`)
        }
      }
    })
  } finally {
    await stack.shutdown()
  }
  return tally
}

runSuite("smoke-production", "Production checks", main)
