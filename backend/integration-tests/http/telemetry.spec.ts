import { createServer, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import axios from "axios"
import { medusaIntegrationTestRunner } from "../helpers/test-runner"
import { loadDemoStore, preparePickupCart, ticketOf } from "../helpers/demo-store"
import { startSecondServer } from "../helpers/second-server"

jest.setTimeout(300_000)

/** What an OpenTelemetry Collector would receive over OTLP/HTTP: the raw bodies, by path. */
async function startCollector(): Promise<{ url: string; received: Map<string, Buffer[]>; close: () => Promise<void> }> {
  const received = new Map<string, Buffer[]>()
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on("data", (chunk: Buffer) => chunks.push(chunk))
    req.on("end", () => {
      received.set(req.url ?? "", [...(received.get(req.url ?? "") ?? []), Buffer.concat(chunks)])
      res.writeHead(200, { "content-type": "application/x-protobuf" }).end()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, received, close: () => new Promise((resolve) => server.close(() => resolve())) }
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConfig }) => {
    it("with an OTLP endpoint configured, a server exports request latency, orders placed and kitchen transitions, and traces", async () => {
      const store = await loadDemoStore(api, getContainer())
      const collector = await startCollector()
      const server = await startSecondServer(dbConfig.clientUrl, {
        OTEL_EXPORTER_OTLP_ENDPOINT: collector.url,
        OTEL_METRIC_EXPORT_INTERVAL: "500",
        OTEL_SERVICE_NAME: "oc-pizza-test",
      })
      try {
        const serverApi = axios.create({ baseURL: server.url })
        const centre = store.pizzeria("Amiens Centre")
        const cartId = await preparePickupCart(serverApi, store, centre, [{ variant_id: store.variant("margherita/M"), quantity: 1 }])
        const { data } = await serverApi.post(`/store/carts/${cartId}/complete`, {}, store.storeHeaders)
        const ticket = await ticketOf(getContainer(), data.order.id, 15_000)
        await serverApi.post(`/admin/kitchen/tickets/${ticket.id}/transition`, { to: "preparing" }, await store.adminHeaders())

        const exported = (path: string) => Buffer.concat(collector.received.get(path) ?? []).toString("latin1")
        const names = ["oc_pizza.orders.placed", "oc_pizza.kitchen.transitions", "http.server.request.duration", "/store/carts/:id/complete", "oc-pizza-test"]
        for (let waited = 0; waited < 20_000 && !names.every((name) => exported("/v1/metrics").includes(name)); waited += 250) {
          await new Promise((resolve) => setTimeout(resolve, 250))
        }
        for (const name of names) expect(exported("/v1/metrics")).toContain(name)
        expect(exported("/v1/traces").length).toBeGreaterThan(0)
      } finally {
        await server.kill()
        await collector.close()
      }
    })
  },
})
