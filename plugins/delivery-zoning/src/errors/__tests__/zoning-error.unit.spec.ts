import { getHttpResponseFromError } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { ZoningError } from "../zoning-error"

describe("ZoningError", () => {
  it("is a MedusaError that any Medusa store's error handler renders with our code", () => {
    const error = new ZoningError(404, "address_not_found", "Adresse introuvable.", { postal_code: "75001" })
    expect(MedusaError.isMedusaError(error)).toBe(true)
    expect(error).toMatchObject({ type: MedusaError.Types.NOT_FOUND, status: 404, code: "address_not_found", details: { postal_code: "75001" }, domain: true })
    expect(getHttpResponseFromError(error)).toEqual({ statusCode: 404, body: { type: "not_found", code: "address_not_found", message: "Adresse introuvable." } })
  })

  it("keeps its code and message for a business refusal (422), which a plain Medusa store answers as a 400", () => {
    const error = new ZoningError(422, "outside_delivery_area", "Hors zone.")
    expect(error).toMatchObject({ type: MedusaError.Types.NOT_ALLOWED, status: 422 })
    expect(getHttpResponseFromError(error)).toEqual({ statusCode: 400, body: { type: "not_allowed", code: "outside_delivery_area", message: "Hors zone." } })
  })
})
