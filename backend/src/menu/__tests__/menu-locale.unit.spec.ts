import { menuLocale } from "../menu-locale"

describe("menuLocale", () => {
  it("reads each language the menu is written in as one locale", () => {
    expect(["fr", "fr-FR", "fr-BE", "FR-ca"].map(menuLocale)).toEqual(["fr-FR", "fr-FR", "fr-FR", "fr-FR"])
    expect(["en", "en-GB", "en-US", "EN-au"].map(menuLocale)).toEqual(["en-GB", "en-GB", "en-GB", "en-GB"])
  })

  it("gives any other or made-up locale the French menu, so callers cannot multiply the cached catalogues", () => {
    expect([undefined, "", "de-DE", "xx-ABCDEFGH", "en-AA-x"].map(menuLocale)).toEqual(["fr-FR", "fr-FR", "fr-FR", "fr-FR", "en-GB"])
  })
})
