import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { DomainError } from "../domain-error"
import { ocPizzaErrorHandler } from "../error-handler"

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
  it("renders a domain error with its status, code and message", () => {
    const { res, sent } = recordingResponse()
    ocPizzaErrorHandler(new DomainError(409, "preparation_started", "La préparation a commencé."), req, res, next)
    expect(sent).toMatchObject({ status: 409, body: { type: "conflict", code: "preparation_started", message: "La préparation a commencé." } })
  })

  it("keeps a 422's status, which Medusa's own handler would answer as a 400", () => {
    const { res, sent } = recordingResponse()
    ocPizzaErrorHandler(new DomainError(422, "outside_delivery_area", "Hors zone", { postal_code: "75001" }), req, res, next)
    expect(sent).toEqual({
      headers: expect.any(Object),
      status: 422,
      body: { type: "not_allowed", code: "outside_delivery_area", message: "Hors zone", details: { postal_code: "75001" } },
    })
  })

  it("recognises a domain error that lost its class crossing a workflow", () => {
    const { res, sent } = recordingResponse()
    const serialised = { domain: true, status: 422, code: "outside_delivery_area", message: "Hors zone", details: { postal_code: "75001" } }
    ocPizzaErrorHandler(new Error("wrapped", { cause: serialised }), req, res, next)
    expect(sent).toMatchObject({ status: 422, body: { type: "not_allowed", code: "outside_delivery_area", message: "Hors zone", details: { postal_code: "75001" } } })
  })

  it("leaves Medusa's own errors to Medusa", () => {
    const { res, sent } = recordingResponse()
    ocPizzaErrorHandler(new MedusaError(MedusaError.Types.NOT_FOUND, "Product not found"), req, res, next)
    expect(sent.status).toBe(404)
    expect(sent.body).toMatchObject({ type: "not_found", message: "Product not found" })
  })

  it("never lets a domain-looking 5xx through as a domain error", () => {
    const { res, sent } = recordingResponse()
    ocPizzaErrorHandler({ domain: true, status: 500, code: "x", message: "boom" }, req, res, next)
    expect(sent.status).toBe(500)
    expect(sent.body).toMatchObject({ code: "unknown_error" })
  })

  it("answers 400 invalid_input for a value PostgreSQL refused, by its SQLSTATE or its text", () => {
    const nul = Object.assign(new Error('invalid byte sequence for encoding "UTF8": 0x00'), { code: "22021" })
    const syntax = new Error("wrapped by a workflow", { cause: new Error('invalid input syntax for type integer: "abc"') })
    const offset = Object.assign(new Error("OFFSET must not be negative"), { code: "2201X" })
    for (const error of [nul, syntax, offset]) {
      const { res, sent } = recordingResponse()
      ocPizzaErrorHandler(error, req, res, next)
      expect(sent.status).toBe(400)
      expect(sent.body).toMatchObject({ code: "invalid_input", message: expect.stringMatching(/cannot be used as given/) })
    }
  })

  it("keeps other database errors a 500", () => {
    const { res, sent } = recordingResponse()
    ocPizzaErrorHandler(Object.assign(new Error("deadlock detected"), { code: "40P01" }), req, res, next)
    expect(sent.status).toBe(500)
  })

  it("puts the security headers on every error it renders", () => {
    const { res, sent } = recordingResponse()
    ocPizzaErrorHandler(new MedusaError(MedusaError.Types.UNAUTHORIZED, "Unauthorized"), req, res, next)
    expect(sent.headers).toMatchObject({ "x-frame-options": "DENY", "x-content-type-options": "nosniff", "referrer-policy": "no-referrer" })
    expect(sent.headers["content-security-policy"]).toMatch(/frame-ancestors 'none'/)
  })
})
