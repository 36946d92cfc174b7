import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { OrderedAdvisoryLockProvider } from "./service"

/** The locking provider without Redis (backend/medusa-config.ts); see ./service.ts. */
export default ModuleProvider(Modules.LOCKING, { services: [OrderedAdvisoryLockProvider] })
