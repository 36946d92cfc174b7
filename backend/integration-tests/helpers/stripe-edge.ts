import { execFileSync } from "node:child_process"
import { createHmac, randomBytes } from "node:crypto"
import { mkdtempSync, readFileSync } from "node:fs"
import { Agent as HttpsAgent, createServer, type Server } from "node:https"
import type { AddressInfo } from "node:net"
import type { Duplex } from "node:stream"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { connect as tlsConnect, type ConnectionOptions as TlsConnectionOptions } from "node:tls"

const STRIPE_HOST = "api.stripe.com"
const fixture = (name: string) => JSON.parse(readFileSync(join(__dirname, "..", "fixtures", "stripe", `${name}.json`), "utf8"))

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type PaymentIntent = Record<string, any> & { id: string; status: string; amount: number; metadata: Record<string, string> }

/** What Stripe offers when the PaymentIntent names no method: the account's enabled methods, cards and several that authorize later. */
const AUTOMATIC_PAYMENT_METHOD_TYPES = ["card", "bancontact", "ideal", "sepa_debit", "klarna", "link"]

const newId = (prefix: string) => `${prefix}_3Q${randomBytes(10).toString("hex")}`
const now = () => Math.floor(Date.now() / 1000)

/** The form body the `stripe` client sends, read back into values (`metadata[session_id]` → metadata.session_id). */
function formFields(body: unknown): Map<string, string> {
  return new Map(new URLSearchParams(typeof body === "string" ? body : "").entries())
}

/**
 * Stripe at the network edge: the PaymentIntents and Refunds endpoints the
 * Medusa Stripe provider calls, answered in Stripe's documented shapes and
 * keeping each intent's state between calls as Stripe does. What Stripe.js
 * does in the customer's browser (confirming the Payment Element) is
 * `confirmInBrowser`. Everything Medusa asked is in `calls`.
 */
export class StripeEdge {
  readonly intents = new Map<string, PaymentIntent>()
  readonly calls: string[] = []
  /** Intents whose authorization has lapsed by the time they are captured. */
  readonly lapsed = new Set<string>()
  private server?: Server
  private originalCreateConnection?: typeof HttpsAgent.prototype.createConnection
  private certFile?: string

  constructor(readonly webhookSecret: string) {}

  /**
   * Configures Stripe for this test file, with a webhook secret made for this
   * run (none is written in the repository), and returns the stand-in that
   * answers its HTTP. Call it at the file's top level: the application reads
   * the keys when it loads.
   */
  static forThisTestFile(): StripeEdge {
    const webhookSecret = `whsec_${randomBytes(24).toString("base64url")}`
    process.env.STRIPE_API_KEY = "sk_test_oc_pizza_stand_in"
    process.env.STRIPE_WEBHOOK_SECRET = webhookSecret
    return new StripeEdge(webhookSecret)
  }

  /**
   * Serves Stripe's API from a local TLS server whose certificate says
   * api.stripe.com, and sends the process's connections to api.stripe.com
   * there (trusting that certificate only). The `stripe` client waits for the
   * TLS handshake before it writes, which request mocks such as nock never
   * perform, so a real server it is.
   */
  async start(): Promise<void> {
    const dir = mkdtempSync(join(tmpdir(), "ocp-stripe-edge-"))
    execFileSync(
      "openssl",
      [
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-subj",
        `/CN=${STRIPE_HOST}`,
        "-addext",
        `subjectAltName=DNS:${STRIPE_HOST}`,
        "-days",
        "1",
        "-keyout",
        join(dir, "key.pem"),
        "-out",
        join(dir, "cert.pem"),
      ],
      { stdio: "ignore" }
    )
    this.certFile = join(dir, "cert.pem")
    const cert = readFileSync(this.certFile)
    this.server = createServer({ key: readFileSync(join(dir, "key.pem")), cert }, (request, response) => {
      let body = ""
      request.on("data", (chunk) => (body += chunk))
      request.on("end", async () => {
        const [status, payload] = await this.held(request.method ?? "GET", request.url ?? "/", () => this.route(request.method ?? "GET", request.url ?? "/", body))
        response.writeHead(status, { "content-type": "application/json", "request-id": `req_${randomBytes(7).toString("hex")}` })
        response.end(JSON.stringify(payload))
      })
    })
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve))
    const { port } = this.server.address() as AddressInfo
    const original = (this.originalCreateConnection = HttpsAgent.prototype.createConnection)
    HttpsAgent.prototype.createConnection = function (
      this: HttpsAgent,
      options: TlsConnectionOptions & { host?: string },
      callback?: (error: Error | null, socket: Duplex) => void
    ) {
      if (options.host !== STRIPE_HOST) return original.call(this, options, callback)
      return tlsConnect({ host: "127.0.0.1", port, servername: STRIPE_HOST, ca: cert })
    }
  }

  /**
   * The environment a child process (a second server) needs to reach this
   * stand-in too: `stripe-edge-preload.mjs` sends its api.stripe.com
   * connections here. Call after `start`.
   */
  childProcessEnv(): Record<string, string> {
    const { port } = this.server!.address() as AddressInfo
    const preload = join(__dirname, "stripe-edge-preload.mjs")
    return { OCP_STRIPE_EDGE_PORT: String(port), OCP_STRIPE_EDGE_CERT: this.certFile!, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --import ${preload}`.trim() }
  }

  async stop(): Promise<void> {
    if (this.originalCreateConnection) HttpsAgent.prototype.createConnection = this.originalCreateConnection
    this.server?.closeAllConnections()
    await new Promise((resolve) => this.server?.close(resolve) ?? resolve(undefined))
  }

  /** Retrieves of an intent held back until enough of them wait at once: see `holdRetrieves`. */
  private readonly retrieveGates = new Map<string, { count: number; waiting: (() => void)[]; open: (met: boolean) => void }>()

  /**
   * Holds Stripe's answers to retrieves of this intent until `count` of them
   * are in flight together, or `timeoutMs` has passed: two flows that both
   * ask Stripe for the intent's state are made to overlap if nothing keeps
   * them apart. Resolves true if they met, false at the timeout.
   */
  holdRetrieves(id: string, count: number, timeoutMs: number): Promise<boolean> {
    return new Promise((resolve) => {
      const waiting: (() => void)[] = []
      const open = (met: boolean) => {
        clearTimeout(timer)
        this.retrieveGates.delete(id)
        for (const release of waiting) release()
        resolve(met)
      }
      const timer = setTimeout(() => open(false), timeoutMs)
      this.retrieveGates.set(id, { count, waiting, open })
    })
  }

  private async held(method: string, url: string, answer: () => [number, unknown]): Promise<[number, unknown]> {
    const intent = /^\/v1\/payment_intents\/([^/?]+)(\?.*)?$/.exec(url)
    const gate = method === "GET" && intent ? this.retrieveGates.get(intent[1]) : undefined
    if (gate) {
      await new Promise<void>((release) => {
        gate.waiting.push(release)
        if (gate.waiting.length >= gate.count) gate.open(true)
      })
    }
    return answer()
  }

  private route(method: string, url: string, body: string): [number, unknown] {
    const path = url.split("?")[0]
    const intentPath = /^\/v1\/payment_intents\/([^/]+)(\/(capture|cancel))?$/.exec(path)
    if (method === "POST" && path === "/v1/payment_intents") return this.create(body)
    if (method === "POST" && path === "/v1/refunds") return this.refund(body)
    if (intentPath && method === "GET") {
      this.calls.push(`retrieve ${intentPath[1]}`)
      return this.answer(intentPath[1], (intent) => intent)
    }
    if (intentPath && method === "POST" && intentPath[3] === "capture") return this.capture(intentPath[1])
    if (intentPath && method === "POST" && intentPath[3] === "cancel") {
      this.calls.push(`cancel ${intentPath[1]}`)
      return this.answer(intentPath[1], (intent) =>
        Object.assign(intent, { status: "canceled", canceled_at: now(), cancellation_reason: "requested_by_customer", amount_capturable: 0 })
      )
    }
    if (intentPath && method === "POST") {
      this.calls.push(`update ${intentPath[1]}`)
      const amount = formFields(body).get("amount")
      return this.answer(intentPath[1], (intent) => Object.assign(intent, amount ? { amount: Number(amount) } : {}))
    }
    return [404, { error: { type: "invalid_request_error", message: `Unrecognized request URL (${method}: ${path}).` } }]
  }

  private create(body: string): [number, unknown] {
    const fields = formFields(body)
    const methodTypes = [...fields].filter(([key]) => /^payment_method_types\[\d+\]$/.test(key)).map(([, value]) => value)
    const automatic = fields.get("automatic_payment_methods[enabled]") === "true"
    if (automatic && methodTypes.length) {
      this.calls.push("create refused")
      return [400, { error: { type: "invalid_request_error", message: "You may only specify one of these parameters: automatic_payment_methods, payment_method_types." } }]
    }
    const id = newId("pi")
    const metadata: Record<string, string> = {}
    for (const [key, value] of fields) {
      const match = /^metadata\[(.+)\]$/.exec(key)
      if (match) metadata[match[1]] = value
    }
    const intent: PaymentIntent = {
      ...fixture("payment-intent"),
      id,
      client_secret: `${id}_secret_${randomBytes(8).toString("hex")}`,
      amount: Number(fields.get("amount")),
      currency: fields.get("currency"),
      capture_method: fields.get("capture_method") ?? "automatic_async",
      // without a list, Stripe turns on the methods the account enables (those of an account in France here), some of which settle days later
      ...(methodTypes.length
        ? { payment_method_types: methodTypes, automatic_payment_methods: null, payment_method_configuration_details: null }
        : { payment_method_types: AUTOMATIC_PAYMENT_METHOD_TYPES, automatic_payment_methods: { allow_redirects: "always", enabled: true } }),
      created: now(),
      metadata,
    }
    this.intents.set(id, intent)
    this.calls.push(`create ${id}`)
    return [200, intent]
  }

  private capture(id: string): [number, unknown] {
    this.calls.push(`capture ${id}`)
    const intent = this.intents.get(id)
    if (intent && this.lapsed.has(id)) {
      Object.assign(intent, { status: "canceled", cancellation_reason: "automatic", amount_capturable: 0 })
      const error = fixture("capture-unexpected-state")
      error.error.payment_intent = intent
      return [400, error]
    }
    if (intent && intent.status !== "requires_capture" && intent.status !== "succeeded") {
      return [
        400,
        {
          error: {
            type: "invalid_request_error",
            code: "payment_intent_unexpected_state",
            message: `This PaymentIntent could not be captured because it has a status of ${intent.status}.`,
            payment_intent: intent,
          },
        },
      ]
    }
    return this.answer(id, (intent) =>
      intent.status === "succeeded" ? intent : Object.assign(intent, { status: "succeeded", amount_received: intent.amount_capturable, amount_capturable: 0 })
    )
  }

  private refund(body: string): [number, unknown] {
    const fields = formFields(body)
    const intent = this.intents.get(fields.get("payment_intent") ?? "")
    this.calls.push(`refund ${intent?.id} ${fields.get("amount")}`)
    if (!intent) return [404, { error: { type: "invalid_request_error", code: "resource_missing", message: "No such payment_intent" } }]
    return [
      200,
      {
        ...fixture("refund"),
        id: newId("re"),
        amount: Number(fields.get("amount") ?? intent.amount_received),
        payment_intent: intent.id,
        charge: intent.latest_charge,
        created: now(),
      },
    ]
  }

  private answer(id: string, change: (intent: PaymentIntent) => PaymentIntent): [number, unknown] {
    const intent = this.intents.get(id)
    if (!intent) {
      return [404, { error: { code: "resource_missing", message: `No such payment_intent: '${id}'`, param: "intent", type: "invalid_request_error" } }]
    }
    return [200, change(intent)]
  }

  /** The customer confirms the Payment Element: Stripe.js authorizes the card, or the bank declines it. */
  confirmInBrowser(id: string, outcome: "authorized" | "declined"): PaymentIntent {
    const intent = this.intents.get(id)
    if (!intent) throw new Error(`no intent ${id}`)
    const paymentMethod = newId("pm")
    if (outcome === "authorized") {
      Object.assign(intent, { status: "requires_capture", amount_capturable: intent.amount, payment_method: paymentMethod, latest_charge: newId("ch") })
    } else {
      Object.assign(intent, {
        status: "requires_payment_method",
        payment_method: null,
        last_payment_error: { ...fixture("card-declined"), payment_method: { ...fixture("card-declined").payment_method, id: paymentMethod } },
      })
    }
    return intent
  }

  /** An event as Stripe posts it to the webhook endpoint, signed with the endpoint's secret (at `timestamp`, in seconds). */
  webhook(type: string, intent: PaymentIntent, secret = this.webhookSecret, timestamp = now()): { body: string; headers: Record<string, string> } {
    const body = JSON.stringify({ ...fixture("event"), id: newId("evt"), created: timestamp, type, data: { object: intent } })
    const signature = createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")
    return { body, headers: { "content-type": "application/json", "stripe-signature": `t=${timestamp},v1=${signature}` } }
  }

  /** The intent Medusa created for a payment session. */
  intentOfSession(sessionId: string): PaymentIntent {
    const intent = [...this.intents.values()].find((candidate) => candidate.metadata.session_id === sessionId)
    if (!intent) throw new Error(`no intent for session ${sessionId}`)
    return intent
  }
}
