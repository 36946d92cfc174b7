import path from "node:path"
import type { AxiosInstance, AxiosRequestConfig } from "axios"

export type Route = { method: string; matcher: string }

/**
 * Every route under `/admin` or `/store` the application registers, read the
 * way Medusa's loader reads them: Medusa's own, each plugin's, then ours.
 */
export async function registeredRoutes(area: "admin" | "store"): Promise<Route[]> {
  // Medusa's route loader is not exported; it sits beside the http entry point
  const { RoutesLoader } = (await import(path.join(path.dirname(require.resolve("@medusajs/framework/http")), "routes-loader.js"))) as {
    RoutesLoader: new () => { scanDir(dir: string): Promise<void>; getRoutes(): { matcher: string | RegExp; method?: string }[] }
  }
  const loader = new RoutesLoader()
  const dirs = [
    path.join(path.dirname(require.resolve("@medusajs/medusa/package.json")), "dist", "api"),
    ...["recipes", "ingredient-stock", "delivery-zoning"].map((plugin) =>
      path.join(path.dirname(require.resolve(`@oc-pizza/medusa-plugin-${plugin}/package.json`)), ".medusa", "server", "src", "api")
    ),
    path.join(__dirname, "..", "..", "src", "api"),
  ]
  for (const dir of dirs) await loader.scanDir(dir)
  const seen = new Set<string>()
  return loader
    .getRoutes()
    .filter((route) => typeof route.matcher === "string" && route.matcher.startsWith(`/${area}/`) && route.method)
    .map((route) => ({ method: String(route.method), matcher: route.matcher as string }))
    .filter((route) => !seen.has(`${route.method} ${route.matcher}`) && seen.add(`${route.method} ${route.matcher}`))
}

export const registeredAdminRoutes = () => registeredRoutes("admin")
export const registeredStoreRoutes = () => registeredRoutes("store")

export type RouteAnswer = { status: number; data: { code?: string; [key: string]: unknown } }

/**
 * Calls a route as the tests of the route tables do: any status is an answer
 * (never an exception), the body is sent only where the method takes one, and
 * a live stream that opens is closed at once (an empty body).
 */
export async function answerOf(api: AxiosInstance, method: string, url: string, body: object, config: AxiosRequestConfig): Promise<RouteAnswer> {
  const { status, data } = await api.request({
    method,
    url,
    data: method === "GET" || method === "DELETE" ? undefined : body,
    ...config,
    responseType: "stream",
    validateStatus: () => true,
  })
  const stream = data as NodeJS.ReadableStream & { destroy: () => void }
  if (status === 200 && url.includes("/stream")) {
    stream.destroy()
    return { status, data: {} }
  }
  let text = ""
  for await (const chunk of stream) text += chunk.toString()
  try {
    return { status, data: JSON.parse(text) }
  } catch {
    return { status, data: {} }
  }
}
