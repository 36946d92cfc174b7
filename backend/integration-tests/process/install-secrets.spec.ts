import { chmodSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { backendSecrets, demoPasswordOf, installSecrets } from "../../../scripts/lib/install-secrets"
import { SECRETS_FILE } from "../../../scripts/lib/paths"

describe("the secrets npm start signs with when none are set", () => {
  const file = () => join(mkdtempSync(join(tmpdir(), "ocp-secrets-")), "nested", "secrets.json")

  it("makes them at random once, private to the owner, and reuses them", () => {
    const path = file()
    const first = installSecrets(path)
    expect(first.JWT_SECRET).toMatch(/^[0-9a-f]{64}$/)
    expect(first.COOKIE_SECRET).toMatch(/^[0-9a-f]{64}$/)
    expect(first.COOKIE_SECRET).not.toBe(first.JWT_SECRET)
    // the demo accounts' password: typed by people, long enough for the password policy
    expect(first.OCP_DEMO_PASSWORD).toMatch(/^[A-Za-z0-9_-]{16}$/)
    expect(statSync(path).mode & 0o777).toBe(0o600)
    expect(installSecrets(path)).toEqual(first)
    // another install has other secrets
    expect(installSecrets(file()).JWT_SECRET).not.toBe(first.JWT_SECRET)
  })

  it("makes a file others could read private again", () => {
    const path = file()
    const secrets = installSecrets(path)
    chmodSync(path, 0o644)
    expect(installSecrets(path)).toEqual(secrets)
    expect(statSync(path).mode & 0o777).toBe(0o600)
  })

  it("replaces a damaged file", () => {
    const path = file()
    installSecrets(path)
    writeFileSync(path, JSON.stringify({ JWT_SECRET: "short" }))
    const remade = installSecrets(path)
    expect(remade.JWT_SECRET).toMatch(/^[0-9a-f]{64}$/)
    expect(JSON.parse(readFileSync(path, "utf8"))).toEqual(remade)
  })

  it("lives in .data/, which git ignores", () => {
    expect(SECRETS_FILE).toMatch(/\/\.data\/secrets\.json$/)
    expect(readFileSync(join(__dirname, "..", "..", "..", ".gitignore"), "utf8").split("\n")).toContain(".data/")
  })

  it("takes the operator's demo password when one is set", () => {
    expect(demoPasswordOf({ OCP_DEMO_PASSWORD: "  chosen-by-the-operator " })).toBe("chosen-by-the-operator")
  })

  it("leaves the operator's secrets alone", () => {
    expect(backendSecrets({ JWT_SECRET: "a".repeat(40), COOKIE_SECRET: "b".repeat(40) })).toEqual({})
    expect(backendSecrets({ SECRET_KEY: "c".repeat(40) })).toEqual({})
  })
})
