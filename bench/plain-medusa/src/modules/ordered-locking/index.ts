// The configuration names the locking provider by a path relative to the
// application folder; the provider itself (Medusa's PostgreSQL locks, taken in sorted order).
export { default } from "../../../../../backend/src/modules/ordered-locking"
