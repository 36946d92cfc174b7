import { execFileSync, spawn, type ChildProcess } from "node:child_process"
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from "node:fs"
import { createServer, type Server } from "node:http"
import { request } from "node:https"
import type { AddressInfo } from "node:net"
import { tmpdir } from "node:os"
import { join } from "node:path"

const shipped = join(__dirname, "..", "..", "..", "deploy", "nginx", "oc-pizza.conf")
const NGINX = process.env.NGINX_PATH ?? "/usr/sbin/nginx"

type Answer = { status: number; requestIds: string[]; body: string }

/** One HTTPS request to the API's server block, as a browser on api.oc-pizza.fr would send it. */
function get(port: number, path: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path, servername: "api.oc-pizza.fr", headers: { host: "api.oc-pizza.fr" }, rejectUnauthorized: false }, (res) => {
      let body = ""
      res.on("data", (chunk) => (body += chunk))
      res.on("end", () => {
        const raw = res.rawHeaders.flatMap((value, i) => (i % 2 === 0 && value.toLowerCase() === "x-request-id" ? [res.rawHeaders[i + 1]] : []))
        resolve({ status: res.statusCode ?? 0, requestIds: raw, body })
      })
    })
    req.on("error", reject)
    req.end()
  })
}

const freePort = async (): Promise<number> => {
  const probe = createServer()
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve))
  const { port } = probe.address() as AddressInfo
  await new Promise((resolve) => probe.close(resolve))
  return port
}

/**
 * The shipped nginx configuration (deploy/nginx/oc-pizza.conf), run by the
 * real nginx with only its addresses, certificates and log folder moved to
 * this machine: every API answer, the server process's and nginx's own
 * alike, carries the request id nginx logged, once.
 */
describe("nginx in front of the API", () => {
  let dir: string
  let nginx: ChildProcess | undefined
  let upstream: Server
  let httpsPort: number
  const received: string[] = []

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "ocp-nginx-"))
    execFileSync(
      "openssl",
      ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=api.oc-pizza.fr", "-days", "1", "-keyout", join(dir, "key.pem"), "-out", join(dir, "cert.pem")],
      {
        stdio: "ignore",
      }
    )
    // a server process as ours behaves: it answers with the id it was given (operations/request-id.ts)
    upstream = createServer((req, res) => {
      const id = String(req.headers["x-request-id"] ?? "")
      received.push(id)
      res.setHeader("x-request-id", id)
      res.setHeader("content-type", "application/json")
      res.end(JSON.stringify({ received: id }))
    })
    await new Promise<void>((resolve) => upstream.listen(0, "127.0.0.1", resolve))
    const upstreamPort = (upstream.address() as AddressInfo).port
    httpsPort = await freePort()
    const httpPort = await freePort()

    const site = readFileSync(shipped, "utf8")
      .replace(/server 127\.0\.0\.1:900\d/g, `server 127.0.0.1:${upstreamPort}`)
      .replace(/server 127\.0\.0\.1:8000/g, `server 127.0.0.1:${upstreamPort}`)
      .replace(/listen 443 ssl http2;/g, `listen 127.0.0.1:${httpsPort} ssl;`)
      .replace(/listen 80;/g, `listen 127.0.0.1:${httpPort};`)
      .replace(/\/etc\/letsencrypt\/live\/[^/]+\/fullchain\.pem/g, join(dir, "cert.pem"))
      .replace(/\/etc\/letsencrypt\/live\/[^/]+\/privkey\.pem/g, join(dir, "key.pem"))
      .replace(/\/var\/log\/nginx\//g, `${dir}/`)
    writeFileSync(join(dir, "site.conf"), site)
    writeFileSync(
      join(dir, "nginx.conf"),
      [
        "daemon off;",
        "worker_processes 1;",
        `pid ${dir}/nginx.pid;`,
        `error_log ${dir}/error.log;`,
        "events { worker_connections 64; }",
        "http {",
        ...["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map((name) => `  ${name}_temp_path ${dir}/${name}_temp;`),
        `  access_log ${dir}/default.access.log;`,
        `  include ${dir}/site.conf;`,
        "}",
      ].join("\n")
    )
    if (!existsSync(NGINX)) throw new Error(`${NGINX} not found: install Debian's nginx (apt-get install nginx-light) or set NGINX_PATH.`)
    execFileSync(NGINX, ["-t", "-p", dir, "-c", join(dir, "nginx.conf")], { stdio: "pipe" })
    nginx = spawn(NGINX, ["-p", dir, "-c", join(dir, "nginx.conf")], { stdio: "ignore" })
    const deadline = Date.now() + 10_000
    for (;;) {
      try {
        await get(httpsPort, "/health")
        break
      } catch (error) {
        if (Date.now() > deadline) throw error
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
    }
  })

  afterAll(async () => {
    nginx?.kill("SIGTERM")
    await new Promise((resolve) => (upstream.listening ? upstream.close(resolve) : resolve(undefined)))
  })

  it("answers each API request with the one id it gave the server process and logged", async () => {
    const answer = await get(httpsPort, "/store/products")
    expect(answer.status).toBe(200)
    expect(answer.requestIds).toHaveLength(1)
    expect(answer.requestIds[0]).toMatch(/^[0-9a-f]{32}$/)
    expect(JSON.parse(answer.body)).toEqual({ received: answer.requestIds[0] })

    const stream = await get(httpsPort, "/admin/kitchen/stream")
    expect(stream.requestIds).toHaveLength(1)
    expect(received).toContain(stream.requestIds[0])

    // nginx writes its access log line when the request ends
    await new Promise((resolve) => setTimeout(resolve, 200))
    const log = readFileSync(join(dir, "oc-pizza-api.access.log"), "utf8")
    expect(log).toContain(`"GET /store/products HTTP/1.1" 200`)
    expect(log).toContain(`request_id=${answer.requestIds[0]}`)
  })

  it("gives nginx's own answer the id too, when no server process answered", async () => {
    await new Promise((resolve) => upstream.close(resolve))
    const answer = await get(httpsPort, "/store/carts/cart_1/complete")
    expect(answer.status).toBe(502)
    expect(answer.requestIds).toHaveLength(1)
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(readFileSync(join(dir, "oc-pizza-api.access.log"), "utf8")).toContain(`request_id=${answer.requestIds[0]}`)
  })
})
