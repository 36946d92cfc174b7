import { parseAddress, parsePickedAddress } from "../parse-address"

describe("parseAddress", () => {
  it("reads a street, a French postcode and a town however they are separated", () => {
    expect(parseAddress("12 rue Delambre, 80000 Amiens")).toEqual({ address_1: "12 rue Delambre", postal_code: "80000", city: "Amiens" })
    expect(parseAddress("  5 rue du Don 80000 Amiens ")).toEqual({ address_1: "5 rue du Don", postal_code: "80000", city: "Amiens" })
    expect(parseAddress("30 rue de Cagny, 80330 Longueau, FR")).toEqual({ address_1: "30 rue de Cagny", postal_code: "80330", city: "Longueau" })
  })

  it("gives up on what does not read as an address, rather than guessing", () => {
    expect(parseAddress("place Gambetta")).toBeNull()
    expect(parseAddress("80000")).toBeNull()
    expect(parseAddress("12 rue Delambre, 8000 Amiens")).toBeNull()
  })
})

describe("parsePickedAddress", () => {
  const picked = { label: "12 Rue des Jacobins 80000 Amiens", address_1: "12 Rue des Jacobins", postal_code: "80000", city: "Amiens", lat: 49.8925, lng: 2.2987 }

  it("reads the address picked from the list while the field still shows it", () => {
    expect(parsePickedAddress(JSON.stringify(picked), " 12 Rue des Jacobins 80000 Amiens ")).toEqual(picked)
    const saved = { ...picked, lat: null, lng: null }
    expect(parsePickedAddress(JSON.stringify({ ...saved, source: "ban" }), picked.label)).toEqual(saved)
  })

  it("drops it once the customer typed on, or when any field is off, so the typed text is placed instead", () => {
    expect(parsePickedAddress(JSON.stringify(picked), "12 Rue des Jacobins 80000 Amiens, 3e étage")).toBeNull()
    expect(parsePickedAddress(JSON.stringify({ ...picked, lat: 91 }), picked.label)).toBeNull()
    expect(parsePickedAddress(JSON.stringify({ ...picked, lng: null }), picked.label)).toBeNull()
    expect(parsePickedAddress(JSON.stringify({ ...picked, postal_code: "8000" }), picked.label)).toBeNull()
    expect(parsePickedAddress(JSON.stringify({ ...picked, lat: "49.9" }), picked.label)).toBeNull()
    expect(parsePickedAddress("{not json", picked.label)).toBeNull()
    expect(parsePickedAddress(null, picked.label)).toBeNull()
  })
})
