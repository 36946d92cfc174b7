import type { CodedError } from "./error"

/** A coded 4xx error, whatever class threw it; its `type` may be missing once it crossed a workflow as a plain object. */
export type CodedErrorShape = Omit<CodedError, "type"> & { readonly type?: string }

/** What the helpers below use of Express's (and Medusa's) response. */
export type HttpResponse = {
  headersSent: boolean
  statusMessage: string
  status(code: number): { json(body: unknown): unknown }
}

/** Whether `error` is one of ours (`domain: true`, a 4xx status, a code and a message), whatever its class. */
export declare function isCodedError(error: unknown): error is CodedErrorShape

/** The coded error itself, or the one it carries as its `cause` (a workflow's error wraps the step's); undefined for any other error. */
export declare function codedErrorIn(error: unknown): CodedErrorShape | undefined

/**
 * `{ type, code, message, details }`: the answer's body for a coded error, its
 * message in `language` when the error carries that text (`texts`), else its
 * `message`.
 */
export declare function codedErrorBody(error: CodedErrorShape, language?: import("./error").Language): import("./error").ApiErrorBody

/**
 * A route handler that answers our coded errors itself, with their status
 * and `{ type, code, message, details }`, under whatever error handler the
 * store has. Medusa's own turns a 409's code into `invalid_state_error` and
 * a 422 into a 400: the plugins' routes (and middlewares: `next` passes through) are wrapped in this so their
 * documented answers hold in any Medusa store. The message is in the
 * request's language (`requestLanguage`). Other errors go on to the store's
 * handler.
 */
export declare function withCodedErrors<Req, Res extends HttpResponse, Rest extends unknown[] = []>(
  handler: (req: Req, res: Res, ...rest: Rest) => unknown
): (req: Req, res: Res, ...rest: Rest) => Promise<void>

/**
 * An error handler for a store's `src/api/middlewares.ts` (`errorHandler`)
 * that renders our coded errors thrown inside Medusa's own routes (the
 * plugins' checks run in a cart completion's hook), then hands every other
 * error to `fallback` (Medusa's `errorHandler()`).
 */
export declare function codedErrorHandler<Req, Res extends HttpResponse, Next>(
  fallback: (error: unknown, req: Req, res: Res, next: Next) => void | Promise<void>
): (error: unknown, req: Req, res: Res, next: Next) => void | Promise<void>
