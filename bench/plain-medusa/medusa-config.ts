// OC Pizza's configuration (same plugins, database, locking, event bus,
// workflow engine and payment providers) in an application folder with none
// of the application's own code: no route takes over
// POST /store/carts/:id/complete, none of its workflow hooks, subscribers or
// links (the plugins bring theirs).
// bench/checkout.ts starts `medusa start` here, beside the real backend on
// the same database, to measure Medusa's plain cart completion.
export { default } from "../../backend/medusa-config"
