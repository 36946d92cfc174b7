import { formatMoney, requestLanguage } from "@oc-pizza/api-types"

describe("the language a refusal is written in", () => {
  it("Medusa's request locale first, then the cart's, then Accept-Language by weight, then French", () => {
    expect(requestLanguage({ locale: "en-GB", headers: { "accept-language": "fr" } }, "fr-FR")).toBe("en")
    expect(requestLanguage({ headers: { "accept-language": "en" } }, "fr-FR")).toBe("fr")
    expect(requestLanguage({ headers: { "accept-language": "de-DE, en;q=0.8, fr;q=0.5" } })).toBe("en")
    expect(requestLanguage({ headers: { "accept-language": "en;q=0.2, fr-CA;q=0.9" } })).toBe("fr")
    // a language we do not write in, or none, is French
    expect(requestLanguage({ locale: "de-DE", headers: { "accept-language": "es, it;q=0.5" } }, "nl")).toBe("fr")
    expect(requestLanguage({})).toBe("fr")
    expect(requestLanguage({ headers: { "accept-language": "en;q=0" } })).toBe("fr")
  })

  it("amounts as each language writes them", () => {
    expect(formatMoney(4.5, "eur", "fr").replace(/\s/g, " ")).toBe("4,50 €")
    expect(formatMoney(4.5, "EUR", "en")).toBe("€4.50")
  })
})
