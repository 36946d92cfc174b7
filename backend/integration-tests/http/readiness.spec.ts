import { medusaIntegrationTestRunner } from "../helpers/test-runner"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { Client } from "pg"
import { settle } from "../helpers/demo-store"

jest.setTimeout(120_000)

medusaIntegrationTestRunner({
  emptyStore: true,
  testSuite: ({ api, getContainer }) => {
    const ready = () => settle(api.get("/health/ready"))

    it("is ready when the database answers, and says which check fails when it does not", async () => {
      const healthy = await ready()
      expect(healthy).toMatchObject({ status: 200, data: { status: "ready", checks: { database: { ok: true }, redis: null } } })

      // the database refuses every connection, and the open ones are cut
      const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const database = (await knex.raw("select current_database() as name")).rows[0].name as string
      const admin = new Client({
        host: process.env.DB_HOST,
        port: Number(process.env.DB_PORT ?? 5432),
        user: process.env.DB_USERNAME || "postgres",
        password: process.env.DB_PASSWORD || undefined,
        database: "postgres",
      })
      await admin.connect()
      try {
        await admin.query(`ALTER DATABASE "${database}" ALLOW_CONNECTIONS false`)
        await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()", [database])
        const down = await ready()
        expect(down.status).toBe(503)
        expect(down.data).toMatchObject({ status: "not_ready", checks: { database: { ok: false } } })
        expect(down.data.checks.database.error).toEqual(expect.any(String))
      } finally {
        await admin.query(`ALTER DATABASE "${database}" ALLOW_CONNECTIONS true`)
        await admin.end()
      }
      // it comes back by itself once the database does
      let back = await ready()
      for (let attempt = 0; back.status !== 200 && attempt < 20; attempt++) back = await ready()
      expect(back.status).toBe(200)
    })

    it("gives every request an id, the proxy's when it sends one", async () => {
      const fresh = await api.get("/health/ready")
      expect(fresh.headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/)
      const relayed = await api.get("/health/ready", { headers: { "x-request-id": "nginx-4f2a9c" } })
      expect(relayed.headers["x-request-id"]).toBe("nginx-4f2a9c")
      const hostile = await api.get("/health/ready", { headers: { "x-request-id": "<script>" } })
      expect(hostile.headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/)
    })

    it("tells the admin's sign-in page when this is the preview server", async () => {
      expect((await ready()).data.preview).toBe(false)
      process.env.OCP_PREVIEW = "true"
      try {
        expect((await ready()).data.preview).toBe(true)
      } finally {
        delete process.env.OCP_PREVIEW
      }
    })

    it("checks Redis when the configuration uses it", async () => {
      const before = process.env.REDIS_URL
      try {
        process.env.REDIS_URL = "redis://127.0.0.1:1/0"
        const unreachable = await ready()
        expect(unreachable).toMatchObject({ status: 503, data: { checks: { database: { ok: true }, redis: { ok: false } } } })
        process.env.REDIS_URL = process.env.OCP_TEST_REDIS_URL ?? "redis://127.0.0.1:6379/7"
        const reachable = await ready()
        expect(reachable).toMatchObject({ status: 200, data: { checks: { redis: { ok: true } } } })
      } finally {
        if (before === undefined) delete process.env.REDIS_URL
        else process.env.REDIS_URL = before
      }
    })
  },
})
