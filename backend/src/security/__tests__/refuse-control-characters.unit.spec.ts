import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { hasControlCharacter, MAX_DEPTH, refuseControlCharacters } from "../refuse-control-characters"

// eslint-disable-next-line no-control-regex -- the control characters under test
const ANY = /[\u0000-\u001f\u007f]/

const request = (originalUrl: string, query: unknown = {}, body: unknown = undefined) => ({ originalUrl, query, body }) as unknown as MedusaRequest
const run = (req: MedusaRequest) => {
  const next = jest.fn()
  try {
    refuseControlCharacters(req, {} as MedusaResponse, next)
    return next.mock.calls.length ? "passed" : "stopped"
  } catch (error) {
    return (error as { code?: string }).code
  }
}

describe("refuseControlCharacters", () => {
  it("finds a control character in nested values and keys", () => {
    expect(hasControlCharacter({ a: [{ b: "x\u0000" }] }, ANY)).toBe(true)
    expect(hasControlCharacter({ ["k\u0001"]: 1 }, ANY)).toBe(true)
    expect(hasControlCharacter({ a: ["plain", 1, null, true] }, ANY)).toBe(false)
  })

  it("counts a value nested deeper than the cap as bad rather than walking it", () => {
    let deep: unknown = "clean"
    for (let level = 0; level < MAX_DEPTH + 1; level++) deep = [deep]
    expect(hasControlCharacter(deep, ANY)).toBe(true)
  })

  it("refuses a percent-encoded NUL in the path or the query, tolerates tabs and line breaks in the body only", () => {
    expect(run(request("/store/products/prod_%00"))).toBe("invalid_characters")
    expect(run(request("/store/products/%E0%A4%A"))).toBe("invalid_characters")
    expect(run(request("/store/menu?pizzeria_id=x", { pizzeria_id: "x\n" }))).toBe("invalid_characters")
    expect(run(request("/admin/notes", {}, { note: "ligne 1\r\n\tligne 2" }))).toBe("passed")
    expect(run(request("/admin/notes", {}, { note: "bip\u0007" }))).toBe("invalid_characters")
    expect(run(request("/store/produits/caf%C3%A9?q=%C3%A9t%C3%A9", { q: "été" }))).toBe("passed")
  })
})
