import { availableParallelism } from "node:os"
import { parseImportArguments, parseSizes } from "../import-arguments"
import { parseRoleMapping } from "../role-mapping"

const files: Record<string, string> = {
  "roles.json": JSON.stringify({ email_domain: "oc-pizza.fr", roles: { Pizzaïolo: "pizzaiolo", Gérant: "manager", "Hôtesse d'accueil": "counter" } }),
  "positions.json": JSON.stringify({ "1": { lat: 49.89, lng: 2.29 } }),
}
const read = (path: string) => files[path]

describe("the import command's arguments", () => {
  it("needs the old database's address, and defaults to everything, one size, no invitation", () => {
    expect(() => parseImportArguments([], read)).toThrow(/--from mysql:\/\/… is required/)
    const run = parseImportArguments(["--from", "mysql://import@old:3306/oc_pizza"], read)
    expect(run).toMatchObject({
      dryRun: false,
      only: ["pizzerias", "menu", "stock", "customers", "staff", "orders"],
      sizes: [{ title: "Taille unique", factor: 1 }],
      invite: false,
      roles: null,
      batchSize: 500,
      // the orders written by a process per core, up to four
      workers: Math.min(4, availableParallelism()),
    })
  })

  it("reads the options, and stops on a wrong one before anything is read, saying which", () => {
    const run = parseImportArguments(
      [
        "--from",
        "mysql://x@h/db",
        "--dry-run",
        "--only",
        "menu,orders",
        "--roles",
        "roles.json",
        "--positions",
        "positions.json",
        "--sizes",
        "S:0.8,M:1,L:1.3",
        "--invite",
        "--batch",
        "100",
        "--workers",
        "3",
      ],
      read
    )
    expect(run).toMatchObject({ dryRun: true, only: ["menu", "orders"], invite: true, batchSize: 100, workers: 3, positions: { "1": { lat: 49.89, lng: 2.29 } } })
    expect(run.sizes).toEqual([
      { title: "S", factor: 0.8 },
      { title: "M", factor: 1 },
      { title: "L", factor: 1.3 },
    ])
    expect(() => parseImportArguments(["--from", "mysql://x@h/db", "--only", "menu,kitchen"], read)).toThrow(/kitchen is not one of/)
    expect(() => parseImportArguments(["--from", "mysql://x@h/db", "--force"], read)).toThrow(/Unknown option --force/)
    expect(() => parseImportArguments(["--from", "mysql://x@h/db", "--batch", "0"], read)).toThrow(/--batch/)
    expect(() => parseImportArguments(["--from", "mysql://x@h/db", "--workers", "0"], read)).toThrow(/--workers: a whole number of processes/)
    expect(() => parseImportArguments(["--from", "--dry-run"], read)).toThrow(/--from needs a value/)
    expect(() => parseSizes("S:0,M:1")).toThrow(/S:0/)
    expect(() => parseSizes("M:1,M:1.2")).toThrow(/each size once/)
  })

  it("maps free job titles to roles, whatever their case, accents and spaces, and refuses a wrong mapping file", () => {
    const mapping = parseRoleMapping(JSON.parse(files["roles.json"]))
    expect(mapping.roleOf("pizzaiolo ")).toBe("pizzaiolo")
    expect(mapping.roleOf("GÉRANT")).toBe("manager")
    expect(mapping.roleOf("Hôtesse  d'accueil")).toBe("counter")
    expect(mapping.roleOf("Stagiaire")).toBeNull()
    expect(mapping.roleOf(null)).toBeNull()
    expect(mapping.emailDomain).toBe("oc-pizza.fr")
    expect(() => parseRoleMapping({ email_domain: "oc-pizza.fr", roles: { Patron: "admin" } })).toThrow(/roles.Patron/)
    expect(() => parseRoleMapping({ roles: {} })).toThrow(/email_domain/)
  })
})
