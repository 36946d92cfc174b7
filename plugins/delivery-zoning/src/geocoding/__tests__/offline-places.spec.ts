import { communeInAddress, communesOfPostcode, communesStartingWith } from "../offline-places"
import { offlineSuggestions, SuggestionMemory } from "../suggest"

describe("postcodes and communes from the official data, offline", () => {
  it("a postcode names its communes", () => {
    expect(communesOfPostcode("80000").map((commune) => commune.name)).toEqual(["Amiens"])
    expect(communesOfPostcode("80330").map((commune) => commune.name)).toEqual(expect.arrayContaining(["Longueau", "Cagny"]))
    expect(communesOfPostcode("00000")).toEqual([])
  })

  it("recognises the commune at the end of an address, with or without a comma or postcode", () => {
    expect(communeInAddress("Amiens")).toMatchObject({ commune: { name: "Amiens", postcodes: ["80000", "80080", "80090"] }, street: undefined })
    expect(communeInAddress("5 rue Jules Barni, Amiens")).toMatchObject({ commune: { name: "Amiens" }, street: "5 rue jules barni" })
    expect(communeInAddress("45 rue de la République 80000 Amiens")).toMatchObject({ commune: { name: "Amiens" } })
    expect(communeInAddress("1 place de la Gare, Péronne, France")).toMatchObject({ commune: { name: "Péronne", postcodes: ["80200"] } })
  })

  it("a street named after a commune is not that commune, and a street alone names none", () => {
    expect(communeInAddress("30 rue de Cagny")).toBeUndefined()
    expect(communeInAddress("10 rue des Trois Cailloux")).toBeUndefined()
    expect(communeInAddress("quelque part")).toBeUndefined()
    expect(communeInAddress("12 allée des Songes, Nullepart")).toBeUndefined()
  })

  it("communes by the start of their name, the biggest first", () => {
    expect(communesStartingWith("amien", 3)[0]).toMatchObject({ name: "Amiens" })
    // La Réunion's Saint-Denis (97411) is bigger than the one near Paris (93066)
    expect(communesStartingWith("saint-den", 2).map((commune) => commune.code)).toEqual(["97411", "93066"])
  })

  it("offline suggestions: the street as typed in each of the commune's postcodes, or a postcode's communes", () => {
    expect(offlineSuggestions("45 rue de la République, 80000 Amiens", 5)).toEqual([
      { label: "45 rue de la République, 80000 Amiens", address_1: "45 rue de la République", postal_code: "80000", city: "Amiens", lat: null, lng: null, source: "postcode" },
    ])
    expect(offlineSuggestions("5 rue Jules Barni Amiens", 5).map((each) => each.label)).toEqual([
      "5 rue Jules Barni, 80000 Amiens",
      "5 rue Jules Barni, 80080 Amiens",
      "5 rue Jules Barni, 80090 Amiens",
    ])
    expect(offlineSuggestions("80000", 5).map((each) => each.label)).toEqual(["80000 Amiens"])
    expect(offlineSuggestions("amie", 2).map((each) => each.label)).toEqual(["80000 Amiens", "80080 Amiens"])
    expect(offlineSuggestions("800", 5)).toEqual([])
  })
})

describe("SuggestionMemory", () => {
  const one = [{ label: "80000 Amiens", address_1: null, postal_code: "80000", city: "Amiens", lat: null, lng: null, source: "postcode" as const }]

  it("answers until its time is up", () => {
    const memory = new SuggestionMemory(10)
    memory.set("amiens", one, 60, 0)
    expect(memory.get("amiens", 59_999)).toBe(one)
    expect(memory.get("amiens", 60_000)).toBeUndefined()
  })

  it("drops the least recently used entry beyond its size", () => {
    const memory = new SuggestionMemory(2)
    memory.set("a", one, 60, 0)
    memory.set("b", one, 60, 0)
    memory.get("a", 1)
    memory.set("c", one, 60, 2)
    expect(memory.count).toBe(2)
    expect(memory.get("b", 3)).toBeUndefined()
    expect(memory.get("a", 3)).toBe(one)
    expect(memory.get("c", 3)).toBe(one)
  })
})
