import { accountEmailLocale, passwordResetEmail, resetAudienceOf, resetTokenId, staffInviteEmail } from "../account-email-data"

const urls = { storefrontUrl: "https://shop.oc-pizza.fr/", backendUrl: "https://api.oc-pizza.fr" }
const jwtWith = (payload: object) => `eyJhbGciOiJIUzI1NiJ9.${Buffer.from(JSON.stringify(payload)).toString("base64url")}.signature`

describe("accountEmailLocale", () => {
  it("prefers the language the recipient is known to read, then the one asked for, then French", () => {
    expect(accountEmailLocale("en-GB", "fr")).toBe("en")
    expect(accountEmailLocale(null, "en")).toBe("en")
    expect(accountEmailLocale(undefined, undefined)).toBe("fr")
  })
  it("ignores anything that is not French or English", () => {
    expect(accountEmailLocale("de", "https://evil.example")).toBe("fr")
    expect(accountEmailLocale(null, { locale: "en" })).toBe("fr")
  })
})

describe("passwordResetEmail", () => {
  const token = jwtWith({ entity_id: "ana@example.fr", jti: "jti_1" })
  it("sends a customer to the shop's reset page and a staff member to the admin's", () => {
    const customer = passwordResetEmail({ audience: "customer", email: "ana@example.fr", id: "cus_1", locale: "fr" }, token, urls)
    expect(customer).toMatchObject({ to: "ana@example.fr", template: "password-reset", resource_type: "customer", resource_id: "cus_1" })
    expect(customer.data).toEqual({ locale: "fr", audience: "customer", reset_url: `https://shop.oc-pizza.fr/account/reset-password?token=${encodeURIComponent(token)}` })
    const staff = passwordResetEmail({ audience: "staff", email: "m@oc-pizza.fr", id: "user_1", locale: "en" }, token, urls)
    expect(staff.data).toMatchObject({ audience: "staff", reset_url: `https://api.oc-pizza.fr/app/reset-password?token=${encodeURIComponent(token)}` })
  })
  it("names the e-mail by the token's jti, never by the token", () => {
    const email = passwordResetEmail({ audience: "customer", email: "a@b.fr", id: "cus_1", locale: "fr" }, token, urls)
    expect(email.idempotency_key).toBe("password-reset:jti_1")
    expect(resetTokenId("not-a-jwt")).not.toContain("not-a-jwt")
    expect(resetTokenId("not-a-jwt")).toBe(resetTokenId("not-a-jwt"))
  })
})

describe("resetAudienceOf", () => {
  it("knows customers and admin users only", () => {
    expect(resetAudienceOf("customer")).toBe("customer")
    expect(resetAudienceOf("user")).toBe("staff")
    expect(resetAudienceOf("seller")).toBeUndefined()
  })
})

describe("staffInviteEmail", () => {
  it("links to the admin's invitation page; a resent invitation's new token is a new e-mail", () => {
    const first = staffInviteEmail({ id: "invite_1", email: "new@oc-pizza.fr", token: "tok/1" }, "fr", urls)
    expect(first).toMatchObject({ to: "new@oc-pizza.fr", template: "staff-invite", data: { locale: "fr", invite_url: "https://api.oc-pizza.fr/app/invite?token=tok%2F1" } })
    const resent = staffInviteEmail({ id: "invite_1", email: "new@oc-pizza.fr", token: "tok2" }, "fr", urls)
    expect(resent.idempotency_key).not.toBe(first.idempotency_key)
    expect(first.idempotency_key).not.toContain("tok")
  })
})
