import { getHttpResponseFromError } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { StockError } from "../stock-error"

describe("StockError", () => {
  it("is a MedusaError that any Medusa store's error handler renders with our code", () => {
    const error = new StockError(400, "invalid_movement", "A movement needs a quantity.", { field: "quantity" })
    expect(MedusaError.isMedusaError(error)).toBe(true)
    expect(error).toMatchObject({ type: MedusaError.Types.INVALID_DATA, status: 400, code: "invalid_movement", details: { field: "quantity" }, domain: true })
    expect(getHttpResponseFromError(error)).toEqual({ statusCode: 400, body: { type: "invalid_data", code: "invalid_movement", message: "A movement needs a quantity." } })
  })

  it("is a conflict when the stock is busy or short", () => {
    expect(new StockError(409, "stock_busy", "Busy.")).toMatchObject({ type: MedusaError.Types.CONFLICT, status: 409 })
    expect(getHttpResponseFromError(new StockError(409, "insufficient_stock", "Short.")).statusCode).toBe(409)
  })
})
