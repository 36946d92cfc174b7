import { normalizeAddress } from "../normalize-address"

describe("normalizeAddress", () => {
  it("sets accents, case, punctuation and spacing aside", () => {
    expect(normalizeAddress("12, Rue de la République  80000 AMIENS")).toBe("12 rue de la republique 80000 amiens")
  })

  it("keeps letters of other scripts, so two different streets never share a cache entry", () => {
    expect(normalizeAddress("12 ул. Ленина, 80000 Amiens")).not.toBe(normalizeAddress("12 ул. Пушкина, 80000 Amiens"))
  })
})
