import { getHttpResponseFromError } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { DomainError, isDomainError } from "../domain-error"

describe("DomainError", () => {
  it.each([
    [400, "invalid_data"],
    [402, "payment_authorization_error"],
    [403, "forbidden"],
    [404, "not_found"],
    [409, "conflict"],
    [422, "not_allowed"],
    [429, "not_allowed"],
  ] as const)("is a MedusaError whose type follows its status (%i → %s)", (status, type) => {
    const error = new DomainError(status, "some_code", "Un message.", { field: "x" })
    expect(error).toBeInstanceOf(MedusaError)
    expect(MedusaError.isMedusaError(error)).toBe(true)
    expect(error).toMatchObject({ type, status, code: "some_code", message: "Un message.", details: { field: "x" }, name: "DomainError" })
    expect(isDomainError(error)).toBe(true)
  })

  it("keeps its status, code and message in a plain Medusa store's error handler, where Medusa's mapping allows", () => {
    for (const status of [400, 403, 404] as const) {
      const { statusCode, body } = getHttpResponseFromError(new DomainError(status, "pizzeria_not_found", "Aucune pizzeria."))
      expect(statusCode).toBe(status)
      expect(body).toMatchObject({ code: "pizzeria_not_found", message: "Aucune pizzeria." })
    }
    // Medusa answers a 409 with a generic code and message, a 422 as a 400: the reason our handler adds to it
    expect(getHttpResponseFromError(new DomainError(409, "preparation_started", "La préparation a commencé.")).statusCode).toBe(409)
    expect(getHttpResponseFromError(new DomainError(422, "outside_delivery_area", "Hors zone.")).body).toMatchObject({ code: "outside_delivery_area", message: "Hors zone." })
  })
})
