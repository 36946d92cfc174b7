import type { ChildProcess } from "node:child_process"
import { MEDUSA_BIN, NEXT_BIN } from "./medusa"
import { backendSecrets } from "./install-secrets"
import { BACKEND_BUILD, STOREFRONT } from "./paths"
import { startService, stopService, waitForHttp } from "./processes"

/**
 * NODE_ENV of the backend when the demo runs on http://localhost: neither
 * "production" (Medusa would send Secure-only session cookies, never returned
 * over plain http) nor "development" (Medusa would serve the admin from its
 * dev server, which leaves out the application's own admin pages).
 */
export const DEMO_NODE_ENV = "demo"

export type StackOptions = {
  databaseUrl: string
  backendPort: number
  storefrontPort: number
  publishableKey?: string
  /** Extra environment of the backend (NODE_ENV, secrets...). */
  backendEnv?: NodeJS.ProcessEnv
  /** Called when a service stops without being asked to. */
  onUnexpectedExit?: (name: string, reason: string) => void
}

export type Stack = {
  backendUrl: string
  storefrontUrl: string
  /** Process ids of the backend and the storefront: each leads its own process group (benchmarks read their memory). */
  pids: { backend?: number; storefront?: number }
  /** Stops the backend as a deployment would (SIGTERM) and starts it again on the same port; resolves once it answers. */
  restartBackend: () => Promise<void>
  stop: () => Promise<void>
}

/** The production builds of the backend (with its admin) and the storefront, until stop(). */
export async function startStack(options: StackOptions): Promise<Stack> {
  const backendUrl = `http://localhost:${options.backendPort}`
  const storefrontUrl = `http://localhost:${options.storefrontPort}`
  const services = new Map<string, ChildProcess>()
  let stopping = false

  const backendEnv = {
    DATABASE_URL: options.databaseUrl,
    MEDUSA_BACKEND_URL: process.env.MEDUSA_BACKEND_URL ?? backendUrl,
    STOREFRONT_URL: process.env.STOREFRONT_URL ?? storefrontUrl,
    // never a published secret: the operator's, or this install's own (.data/secrets.json)
    ...backendSecrets({ ...process.env, ...options.backendEnv }),
    ...options.backendEnv,
  }
  const startBackend = () => {
    const backend = startService(MEDUSA_BIN, ["start", "--port", String(options.backendPort)], { cwd: BACKEND_BUILD, label: "backend", env: backendEnv })
    backend.on("exit", (code, signal) => {
      if (!stopping && services.get("backend") === backend) options.onUnexpectedExit?.("backend", signal ?? `code ${code}`)
    })
    services.set("backend", backend)
  }
  startBackend()
  const storefront = startService(NEXT_BIN, ["start", "-p", String(options.storefrontPort)], {
    cwd: STOREFRONT,
    label: "storefront",
    env: { MEDUSA_BACKEND_URL: backendUrl, MEDUSA_PUBLISHABLE_KEY: options.publishableKey },
  })
  services.set("storefront", storefront)
  storefront.on("exit", (code, signal) => {
    if (!stopping) options.onUnexpectedExit?.("storefront", signal ?? `code ${code}`)
  })

  const stop = async () => {
    stopping = true
    await Promise.all([...services.values()].map((service) => stopService(service)))
  }
  const dead = (name: string) => () => {
    const service = services.get(name)!
    return service.exitCode !== null || service.signalCode !== null
  }
  try {
    await waitForHttp(`${backendUrl}/health`, 120_000, dead("backend"))
    await waitForHttp(storefrontUrl, 60_000, dead("storefront"))
  } catch (error) {
    await stop()
    throw error
  }
  const restartBackend = async () => {
    const previous = services.get("backend")!
    services.delete("backend")
    await stopService(previous)
    startBackend()
    await waitForHttp(`${backendUrl}/health`, 120_000, dead("backend"))
  }
  // read when asked: a restarted backend is a new process
  const pids = {
    get backend() {
      return services.get("backend")?.pid
    },
    storefront: storefront.pid,
  }
  return { backendUrl, storefrontUrl, pids, restartBackend, stop }
}
