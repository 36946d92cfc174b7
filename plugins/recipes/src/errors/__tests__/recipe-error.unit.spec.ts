import { getHttpResponseFromError } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { RecipeError } from "../recipe-error"

describe("RecipeError", () => {
  it("is an invalid_data MedusaError naming the field, which any Medusa store's error handler renders with our code", () => {
    const error = new RecipeError("bake_minutes", "must be a positive number")
    expect(MedusaError.isMedusaError(error)).toBe(true)
    expect(error).toMatchObject({ type: MedusaError.Types.INVALID_DATA, status: 400, code: "invalid_recipe", details: { field: "bake_minutes" }, domain: true })
    expect(getHttpResponseFromError(error)).toEqual({
      statusCode: 400,
      body: { type: "invalid_data", code: "invalid_recipe", message: "bake_minutes: must be a positive number" },
    })
  })
})
