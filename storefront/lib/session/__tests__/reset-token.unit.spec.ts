import { readResetToken } from "../reset-token"

const tokenWith = (claims: object) => `eyJhbGciOiJIUzI1NiJ9.${Buffer.from(JSON.stringify(claims)).toString("base64url")}.signature`

describe("readResetToken", () => {
  const now = new Date("2026-12-06T12:00:00Z")
  const exp = (date: string) => Math.floor(new Date(date).getTime() / 1000)

  it("reads the account's e-mail and whether the link has expired", () => {
    expect(readResetToken(tokenWith({ entity_id: "ana@example.fr", exp: exp("2026-12-06T12:10:00Z") }), now)).toEqual({ email: "ana@example.fr", expired: false })
    expect(readResetToken(tokenWith({ entity_id: "ana@example.fr", exp: exp("2026-12-06T11:59:00Z") }), now)).toEqual({ email: "ana@example.fr", expired: true })
  })

  it("calls a missing, cut or foreign token broken rather than guessing", () => {
    expect(readResetToken(undefined, now)).toBeUndefined()
    expect(readResetToken("", now)).toBeUndefined()
    expect(readResetToken("abc", now)).toBeUndefined()
    expect(readResetToken("a.%%%.c", now)).toBeUndefined()
    expect(readResetToken(tokenWith({ sub: "someone" }), now)).toBeUndefined()
  })
})
