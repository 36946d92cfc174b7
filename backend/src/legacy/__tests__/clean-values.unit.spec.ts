import { euros, gramsOfKilograms, isValidEmail, normalizeLegacyEmail, padPostcode, repairMojibake, slugOf, tidyName, tidyText } from "../clean-values"

describe("the previous system's values, cleaned", () => {
  it("reads back UTF-8 text stored as latin1 (Windows-1252), and leaves any other text as it is", () => {
    expect(repairMojibake("LÃ©a HervÃ©")).toBe("Léa Hervé")
    expect(repairMojibake("CÅ“ur")).toBe("Cœur")
    expect(repairMojibake("Ã‰lodie")).toBe("Élodie")
    expect(repairMojibake("HÃ´tesse d’accueil")).toBe("Hôtesse d’accueil")
    for (const clean of ["Léa Hervé", "Cœur de bœuf", "Ãvila", "Gérant", "3 × 4", ""]) expect(repairMojibake(clean)).toBe(clean)
  })

  it("tidies names as people write them, and spaces in any text", () => {
    expect(tidyName("  dUPONT ")).toBe("Dupont")
    expect(tidyName("jean-marie")).toBe("Jean-Marie")
    expect(tidyName("le  goff")).toBe("Le Goff")
    expect(tidyName("d'ARTOIS")).toBe("D'Artois")
    expect(tidyName("LÃ©a")).toBe("Léa")
    expect(tidyName("   ")).toBeNull()
    expect(tidyText("  rue   des Trois  Cailloux ")).toBe("rue des Trois Cailloux")
    expect(tidyText(null)).toBeNull()
  })

  it("keeps one spelling of an e-mail and refuses what cannot receive one", () => {
    expect(normalizeLegacyEmail(" Marie.Durand@Example.fr ")).toBe("marie.durand@example.fr")
    expect(normalizeLegacyEmail(null)).toBe("")
    for (const good of ["marie.durand@example.fr", "jean+pizza@mail.oc-pizza.fr"]) expect(isValidEmail(good)).toBe(true)
    for (const bad of ["", "jean.dupont@", "marie at example.fr", "paul..martin@example.fr", "paul@example", "@example.fr", "a@b@c.fr"]) expect(isValidEmail(bad)).toBe(false)
  })

  it("gives postcodes stored as integers back their five digits", () => {
    expect(padPostcode(2100)).toBe("02100")
    expect(padPostcode(80000)).toBe("80000")
    expect(padPostcode("1000")).toBe("01000")
    expect(padPostcode(999)).toBeNull()
    expect(padPostcode(123456)).toBeNull()
    expect(padPostcode(null)).toBeNull()
  })

  it("turns kilograms into whole grams and prices into cents, without float errors", () => {
    expect(gramsOfKilograms("0.070")).toBe(70)
    expect(gramsOfKilograms("0.145")).toBe(145)
    expect(gramsOfKilograms("999.999")).toBe(999_999)
    expect(gramsOfKilograms(1.005)).toBe(1005)
    expect(euros("12.90")).toBe(12.9)
    expect(euros("0.1") + euros("0.2")).toBeCloseTo(0.3, 10)
  })

  it("makes URL-safe handles", () => {
    expect(slugOf("OC Pizza Saint-Leu")).toBe("oc-pizza-saint-leu")
    expect(slugOf("Chèvre-Miel")).toBe("chevre-miel")
    expect(slugOf("Cœur de bœuf")).toBe("coeur-de-boeuf")
    expect(slugOf("4 Fromages !")).toBe("4-fromages")
  })
})
