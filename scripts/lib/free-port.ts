import { createServer } from "node:net"

/** A TCP port nobody listens on right now, for a throw-away server. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const address = server.address()
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no free port"))))
    })
  })
}

/** Whether nothing listens on this port of 127.0.0.1 right now. */
export function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer()
    server.once("error", () => resolve(false))
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)))
  })
}

/** The port asked for when it is free, another free one when something already listens there. */
export async function preferredPortOrFree(port: number): Promise<number> {
  return (await isPortFree(port)) ? port : freePort()
}
