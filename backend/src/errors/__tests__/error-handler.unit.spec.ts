import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { DomainError } from "../domain-error"
import { ocPizzaErrorHandler } from "../error-handler"

/** A response that records what the handler sent. */
function recordingResponse() {
  const sent: { status?: number; body?: unknown } = {}
  const res = {
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

const req = { scope: { resolve: () => ({ info: () => {}, error: () => {} }) }, path: "/test" } as unknown as MedusaRequest
const next: MedusaNextFunction = () => {}

describe("ocPizzaErrorHandler", () => {
  it("renders a domain error with its status, code and message", () => {
    const { res, sent } = recordingResponse()
    ocPizzaErrorHandler(new DomainError(409, "preparation_started", "La préparation a commencé."), req, res, next)
    expect(sent).toEqual({ status: 409, body: { code: "preparation_started", message: "La préparation a commencé." } })
  })

  it("recognises a domain error that lost its class crossing a workflow", () => {
    const { res, sent } = recordingResponse()
    const serialised = { domain: true, status: 422, code: "outside_delivery_area", message: "Hors zone", details: { postal_code: "75001" } }
    ocPizzaErrorHandler(new Error("wrapped", { cause: serialised }), req, res, next)
    expect(sent).toEqual({ status: 422, body: { code: "outside_delivery_area", message: "Hors zone", details: { postal_code: "75001" } } })
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
})
