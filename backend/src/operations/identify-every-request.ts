import type { IncomingMessage, ServerResponse } from "node:http"
import { identifyRequest } from "./request-id"

type RequestHandlerWrapper = (handle: () => Promise<unknown>, req: IncomingMessage, res: ServerResponse, handlerPath?: string) => Promise<unknown>

/**
 * Medusa refuses some requests before any of the application's middlewares
 * run: a store call without a publishable key (400), an admin call without a
 * session (401), CORS. `medusa start` (which `medusa develop` forks) hands
 * every request to the start command's `traceRequestHandler` before Express
 * sees it; wrapping it (and whatever instrumentation.ts set there before)
 * gives those answers their `X-Request-Id` too, and Medusa's access log its
 * `request_id`.
 */
export function identifyEveryRequest(startCommand: { traceRequestHandler?: RequestHandlerWrapper }): void {
  const traced = startCommand.traceRequestHandler
  startCommand.traceRequestHandler = async (handle, req, res, handlerPath) => {
    identifyRequest(req, res)
    return traced ? traced(handle, req, res, handlerPath) : handle()
  }
}
