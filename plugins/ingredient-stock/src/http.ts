/**
 * Rendering the plugin's errors in a store: `codedErrorHandler` for the
 * store's `src/api/middlewares.ts` (errors thrown in Medusa's own routes by
 * the checks a store adds to its hooks); the plugin's routes already answer
 * their errors with `withCodedErrors`.
 */
export { codedErrorHandler, withCodedErrors } from "@oc-pizza/api-types"
