import { judgeBanAnswer, suggestionOfFeature, type BanFeature } from "../ban"
import { readBan } from "../locate-place"

/** A feature in the Base Adresse Nationale's shape (coordinates are [longitude, latitude]). */
function feature(label: string, score: number, extra: Partial<BanFeature["properties"]> = {}, coordinates: [number, number] = [2.2986, 49.8915]): BanFeature {
  const [name, town = ""] = label.split(/ (?=\d{5} )/)
  const [postcode, ...city] = town.split(" ")
  return {
    type: "Feature",
    geometry: { type: "Point", coordinates },
    properties: {
      label,
      score,
      type: "housenumber",
      name,
      postcode,
      city: city.join(" "),
      citycode: extra.city === undefined ? "80021" : undefined,
      street: name.replace(/^\d+ /, ""),
      ...extra,
    },
  }
}

describe("judgeBanAnswer", () => {
  it("a confident best answer with no rival is found", () => {
    const best = feature("45 Rue de la République 80000 Amiens", 0.97)
    expect(judgeBanAnswer([best, feature("45 Rue de la République 80100 Abbeville", 0.61, { citycode: "80001" })])).toEqual({ outcome: "found", feature: best })
  })

  it("the same street in several communes, scored alike, is ambiguous, one candidate per place", () => {
    const answer = [
      feature("12 Rue de la République 80000 Amiens", 0.752),
      feature("12 Rue de la République 80100 Abbeville", 0.749, { citycode: "80001" }),
      feature("14 Rue de la République 80100 Abbeville", 0.74, { citycode: "80001" }),
      feature("12 Rue de la République 80300 Albert", 0.746, { citycode: "80016" }),
    ]
    const verdict = judgeBanAnswer(answer)
    expect(verdict.outcome).toBe("ambiguous")
    expect(verdict.outcome === "ambiguous" && verdict.candidates.map((each) => each.properties.label)).toEqual([
      "12 Rue de la République 80000 Amiens",
      "12 Rue de la République 80100 Abbeville",
      "12 Rue de la République 80300 Albert",
    ])
  })

  it("a lone answer with a low score is offered, not taken", () => {
    const guess = feature("5 Rue Jules Barni 80000 Amiens", 0.45)
    expect(judgeBanAnswer([guess])).toEqual({ outcome: "ambiguous", candidates: [guess] })
  })

  it("nothing, or nothing plausible, is not found", () => {
    expect(judgeBanAnswer([])).toEqual({ outcome: "not_found" })
    expect(judgeBanAnswer([feature("Chemin 59000 Lille", 0.2)])).toEqual({ outcome: "not_found" })
  })
})

describe("a BAN answer as a place and a suggestion", () => {
  it("an address: its point (latitude, longitude) and postcode", () => {
    const lookup = readBan([feature("45 Rue de la République 80000 Amiens", 0.97, {}, [2.298612, 49.891503])], "45 rue de la republique amiens")
    expect(lookup).toMatchObject({
      outcome: "found",
      place: { point: { lat: 49.891503, lng: 2.298612 }, postal_code: "80000", located_by: "ban", formatted_address: "45 Rue de la République 80000 Amiens" },
      cache: { query: "45 rue de la republique amiens", found: true, latitude: 49.891503, longitude: 2.298612, postal_code: "80000" },
    })
  })

  it("a commune alone: its postcodes, never its town hall's point", () => {
    const amiens = feature("Amiens", 0.96, { type: "municipality", name: "Amiens", postcode: "80000", city: "Amiens", citycode: "80021" })
    const lookup = readBan([amiens], "amiens")
    expect(lookup).toMatchObject({ outcome: "found", place: { located_by: "ban", commune: { name: "Amiens", postal_codes: ["80000", "80080", "80090"] } } })
    expect(lookup.outcome === "found" && lookup.place.point).toBeUndefined()
    // with the postcode written, that postcode
    expect(readBan([amiens], "80080 amiens", "80080")).toMatchObject({ outcome: "found", place: { postal_code: "80080" } })
  })

  it("a suggestion in the shop's shape; a commune has no street line", () => {
    expect(suggestionOfFeature(feature("Rue des Jacobins 80000 Amiens", 0.84, { type: "street", name: "Rue des Jacobins" }, [2.296174, 49.891215]))).toEqual({
      label: "Rue des Jacobins 80000 Amiens",
      address_1: "Rue des Jacobins",
      postal_code: "80000",
      city: "Amiens",
      lat: 49.891215,
      lng: 2.296174,
      source: "ban",
    })
    expect(suggestionOfFeature(feature("Amiens", 0.9, { type: "municipality", name: "Amiens", postcode: "80000", city: "Amiens" })).address_1).toBeNull()
  })
})
