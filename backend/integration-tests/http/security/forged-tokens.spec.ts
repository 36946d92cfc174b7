import { readdirSync, readFileSync, statSync } from "node:fs"
import { join, relative } from "node:path"
import { medusaIntegrationTestRunner } from "../../helpers/test-runner"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import jwt from "jsonwebtoken"
import ts from "typescript"
import { loadDemoStore, type DemoStore } from "../../helpers/demo-store"

jest.setTimeout(300_000)

const ROOT = join(__dirname, "..", "..", "..", "..")

/** Every .ts file under these paths (a file, or a folder walked without node_modules and builds). */
function sourceFiles(...paths: string[]): string[] {
  return paths.flatMap((path) => {
    const full = join(ROOT, path)
    if (statSync(full).isFile()) return [full]
    return readdirSync(full, { recursive: true, encoding: "utf8" })
      .filter((file) => /\.(ts|tsx|json)$/.test(file) && !/(^|\/)(node_modules|\.medusa|\.next)\//.test(file))
      .map((file) => join(full, file))
  })
}

/** Every string literal (and template text) of a TypeScript file, every string value of a JSON file. */
function literalsOf(file: string): string[] {
  const text = readFileSync(file, "utf8")
  if (file.endsWith(".json")) {
    const found: string[] = []
    const walk = (value: unknown): void => {
      if (typeof value === "string") found.push(value)
      else if (value && typeof value === "object") Object.values(value).forEach(walk)
    }
    walk(JSON.parse(text))
    return found
  }
  const found: string[] = []
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteralLike(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) found.push(node.text)
    node.forEachChild(visit)
  }
  visit(ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true))
  return found
}

/**
 * A token signed with any string written in the configuration or the scripts
 * must open nothing: the only secrets a server signs with are its operator's
 * or random ones (backend/src/config/settings.ts, scripts/lib/install-secrets.ts).
 */
const files = sourceFiles("medusa-config.ts", "backend/medusa-config.ts", "backend/src/config", "backend/src/scripts", "backend/demo-data", "scripts", "deploy", "bench/lib")
/** Values once written in the repository and since removed: whoever read them then still knows them. */
const ONCE_PUBLISHED = ["ocpizza-admin", "ocpizza-demo", "ocpizza-client", "whsec_test_oc_pizza_fixture_secret"]
const literals = [...new Set([...files.flatMap(literalsOf), ...ONCE_PUBLISHED])].filter((literal) => literal.length > 0)

// The server signs with what the settings give a test process on their own,
// not with the random pair integration-tests/setup-env.ts hands every test file.
delete process.env.JWT_SECRET
delete process.env.COOKIE_SECRET

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: DemoStore
    let admin: { actor_id: string; auth_identity_id: string }
    let customer: { actor_id: string; auth_identity_id: string }

    beforeAll(async () => {
      store = await loadDemoStore(api, getContainer())
      const container = getContainer()
      const [user] = await container.resolve(Modules.USER).listUsers({ email: "admin@oc-pizza.test" })
      const [buyer] = await container.resolve(Modules.CUSTOMER).listCustomers({ email: "camille.martin@example.test", has_account: true })
      const identities = await container.resolve(Modules.AUTH).listAuthIdentities({}, { relations: ["provider_identities"] })
      const identityOf = (email: string) => identities.find((identity) => identity.provider_identities?.some((provider) => provider.entity_id === email))!.id
      admin = { actor_id: user.id, auth_identity_id: identityOf(user.email) }
      customer = { actor_id: buyer.id, auth_identity_id: identityOf(buyer.email) }
    })

    const adminToken = (secret: string) =>
      jwt.sign({ actor_id: admin.actor_id, actor_type: "user", auth_identity_id: admin.auth_identity_id, app_metadata: { user_id: admin.actor_id }, user_metadata: {} }, secret, {
        expiresIn: "1h",
      })
    const customerToken = (secret: string) =>
      jwt.sign(
        { actor_id: customer.actor_id, actor_type: "customer", auth_identity_id: customer.auth_identity_id, app_metadata: { customer_id: customer.actor_id }, user_metadata: {} },
        secret,
        { expiresIn: "1h" }
      )
    const asAdmin = (token: string) => api.get("/admin/users/me", { headers: { authorization: `Bearer ${token}` }, validateStatus: () => true })
    const asCustomer = (token: string) =>
      api.get("/store/customers/me", { headers: { authorization: `Bearer ${token}`, ...store.storeHeaders.headers }, validateStatus: () => true })

    it("reads the literals of the configuration and the scripts", () => {
      expect(files.map((file) => relative(ROOT, file))).toEqual(expect.arrayContaining(["backend/src/config/settings.ts", "scripts/start.ts", "backend/demo-data/people.json"]))
      // the list is the real one: the published defaults the settings refuse are among them
      expect(literals).toEqual(expect.arrayContaining(["supersecret", "oc-pizza-development-only-secret", "admin@oc-pizza.test"]))
      expect(literals.length).toBeGreaterThan(300)
    })

    it("the server's own secret signs a token it accepts (the forgeries below are well formed)", async () => {
      const secret = getContainer().resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig.http.jwtSecret as string
      expect(secret).toMatch(/^[0-9a-f]{64}$/)
      expect(literals).not.toContain(secret)
      const me = await asAdmin(adminToken(secret))
      expect(me.status).toBe(200)
      expect(me.data.user.email).toBe("admin@oc-pizza.test")
      expect((await asCustomer(customerToken(secret))).status).toBe(200)
    })

    /** Each literal that signs a token the route does not answer 401 to, with the answer's status. */
    const acceptedForgeries = async (sign: (secret: string) => string, ask: (token: string) => Promise<{ status: number }>) => {
      const accepted: string[] = []
      for (let start = 0; start < literals.length; start += 50) {
        const chunk = literals.slice(start, start + 50)
        const answers = await Promise.all(chunk.map((literal) => ask(sign(literal))))
        answers.forEach((answer, index) => answer.status !== 401 && accepted.push(`${JSON.stringify(chunk[index])} → ${answer.status}`))
      }
      return accepted
    }

    it("refuses an admin token signed with any literal of the configuration or the scripts", async () => {
      expect(await acceptedForgeries(adminToken, asAdmin)).toEqual([])
    })

    it("refuses a customer token signed with any literal of the configuration or the scripts", async () => {
      expect(await acceptedForgeries(customerToken, asCustomer)).toEqual([])
    })

    it("refuses an unsigned token", async () => {
      const unsigned = jwt.sign({ actor_id: admin.actor_id, actor_type: "user", auth_identity_id: admin.auth_identity_id, app_metadata: { user_id: admin.actor_id } }, "", {
        algorithm: "none",
      })
      expect((await asAdmin(unsigned)).status).toBe(401)
    })
  },
})
