import { parseAddress } from "../parse-address"

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
