// Medusa finds a provider's tables beside the path it was named by: the provider's table, from the backend.
export { Locking } from "../../../../../../backend/src/modules/ordered-locking/models/locking"
