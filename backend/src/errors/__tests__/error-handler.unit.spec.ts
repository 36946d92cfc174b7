import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { DomainError } from "../domain-error"
import { ocPizzaErrorHandler } from "../error-handler"
import { rememberAllowedCart } from "@/store-access/allowed-cart"

/** A response that records what the handler sent. */
function recordingResponse() {
  const sent: { status?: number; body?: unknown; headers: Record<string, string> } = { headers: {} }
  const res = {
    setHeader(name: string, value: string) {
      sent.headers[name.toLowerCase()] = value
      return res
    },
    removeHeader(name: string) {
      delete sent.headers[name.toLowerCase()]
    },
    status(code: number) {
      sent.status = code
      return res
    },
    json(body: unknown) {
      sent.body = body
      return res
    },
  }
  return { res: res as unknown as MedusaResponse, sent }
}

const req = { scope: { resolve: () => ({ info: () => {}, warn: () => {}, error: () => {} }) }, method: "GET", path: "/test", originalUrl: "/test?x=1" } as unknown as MedusaRequest
const next: MedusaNextFunction = () => {}

describe("ocPizzaErrorHandler", () => {
  it("writes a refusal in the request's language: x-medusa-locale, the cart's locale, Accept-Language, French", async () => {
    const refusal = () => new DomainError(422, "below_min_order", { fr: "Il manque 4,50 €.", en: "€4.50 to go." })
    const answer = async (request: Partial<MedusaRequest>) => {
      const { res, sent } = recordingResponse()
      await ocPizzaErrorHandler(refusal(), { ...req, ...request } as MedusaRequest, res, next)
      return (sent.body as { message: string }).message
    }
    expect(await answer({})).toBe("Il manque 4,50 €.")
    expect(await answer({ headers: { "accept-language": "en-GB,en;q=0.9" } })).toBe("€4.50 to go.")
    expect(await answer({ locale: "en", headers: { "accept-language": "fr" } })).toBe("€4.50 to go.")

    // the cart the store guard let the request use: its locale comes before Accept-Language
    const withCart = (cart: () => Promise<unknown>, warnings: string[] = []) => ({
      originalUrl: "/store/carts/cart_1/shipping-methods",
      headers: { "accept-language": "fr" },
      scope: { resolve: (name: string) => (name === "query" ? { graph: cart } : { warn: (line: string) => warnings.push(line) }) },
    })
    const answerFor = async (request: Partial<MedusaRequest>, allowed: boolean) => {
      const full = { ...req, ...request } as MedusaRequest
      if (allowed) rememberAllowedCart(full, "cart_1")
      const { res, sent } = recordingResponse()
      await ocPizzaErrorHandler(refusal(), full, res, next)
      return (sent.body as { message: string }).message
    }
    expect(await answerFor(withCart(async () => ({ data: [{ locale: "en-GB" }] })) as Partial<MedusaRequest>, true)).toBe("€4.50 to go.")
    // a cart the guard refused: its language says nothing of it
    expect(await answerFor(withCart(async () => ({ data: [{ locale: "en-GB" }] })) as Partial<MedusaRequest>, false)).toBe("Il manque 4,50 €.")
    // a cart that cannot be read: the header's language, and a warning
    const warnings: string[] = []
    const unreadable = withCart(async () => {
      throw new Error("connection reset")
    }, warnings)
    expect(await answerFor({ ...unreadable, headers: { "accept-language": "en" } } as Partial<MedusaRequest>, true)).toBe("€4.50 to go.")
    expect(warnings).toEqual([expect.stringContaining("connection reset")])
  })

  it("renders a domain error with its status, code and message", async () => {
    const { res, sent } = recordingResponse()
    await ocPizzaErrorHandler(new DomainError(409, "preparation_started", "La préparation a commencé."), req, res, next)
    expect(sent).toMatchObject({ status: 409, body: { type: "conflict", code: "preparation_started", message: "La préparation a commencé." } })
  })

  it("keeps a 422's status, which Medusa's own handler would answer as a 400", async () => {
    const { res, sent } = recordingResponse()
    await ocPizzaErrorHandler(new DomainError(422, "outside_delivery_area", "Hors zone", { postal_code: "75001" }), req, res, next)
    expect(sent).toEqual({
      headers: expect.any(Object),
      status: 422,
      body: { type: "not_allowed", code: "outside_delivery_area", message: "Hors zone", details: { postal_code: "75001" } },
    })
  })

  it("recognises a domain error that lost its class crossing a workflow", async () => {
    const { res, sent } = recordingResponse()
    const serialised = { domain: true, status: 422, code: "outside_delivery_area", message: "Hors zone", details: { postal_code: "75001" } }
    await ocPizzaErrorHandler(new Error("wrapped", { cause: serialised }), req, res, next)
    expect(sent).toMatchObject({ status: 422, body: { type: "not_allowed", code: "outside_delivery_area", message: "Hors zone", details: { postal_code: "75001" } } })
  })

  it("leaves Medusa's own errors to Medusa", async () => {
    const { res, sent } = recordingResponse()
    await ocPizzaErrorHandler(new MedusaError(MedusaError.Types.NOT_FOUND, "Product not found"), req, res, next)
    expect(sent.status).toBe(404)
    expect(sent.body).toMatchObject({ type: "not_found", message: "Product not found" })
  })

  it("never lets a domain-looking 5xx through as a domain error", async () => {
    const { res, sent } = recordingResponse()
    await ocPizzaErrorHandler({ domain: true, status: 500, code: "x", message: "boom" }, req, res, next)
    expect(sent.status).toBe(500)
    expect(sent.body).toMatchObject({ code: "unknown_error" })
  })

  it("answers 400 invalid_input for a value PostgreSQL refused, by its SQLSTATE or its text", async () => {
    const nul = Object.assign(new Error('invalid byte sequence for encoding "UTF8": 0x00'), { code: "22021" })
    const syntax = new Error("wrapped by a workflow", { cause: new Error('invalid input syntax for type integer: "abc"') })
    const offset = Object.assign(new Error("OFFSET must not be negative"), { code: "2201X" })
    for (const error of [nul, syntax, offset]) {
      const { res, sent } = recordingResponse()
      await ocPizzaErrorHandler(error, req, res, next)
      expect(sent.status).toBe(400)
      expect(sent.body).toMatchObject({ code: "invalid_input", message: expect.stringMatching(/cannot be used as given/) })
    }
  })

  it("keeps other database errors a 500", async () => {
    const { res, sent } = recordingResponse()
    await ocPizzaErrorHandler(Object.assign(new Error("deadlock detected"), { code: "40P01" }), req, res, next)
    expect(sent.status).toBe(500)
  })

  it("puts the security headers on every error it renders", async () => {
    const { res, sent } = recordingResponse()
    await ocPizzaErrorHandler(new MedusaError(MedusaError.Types.UNAUTHORIZED, "Unauthorized"), req, res, next)
    expect(sent.headers).toMatchObject({ "x-frame-options": "DENY", "x-content-type-options": "nosniff", "referrer-policy": "no-referrer" })
    expect(sent.headers["content-security-policy"]).toMatch(/frame-ancestors 'none'/)
  })
})
