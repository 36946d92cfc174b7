import { DomainError } from "../errors/domain-error"

/** A customer's order that does not exist, or not for them: the same answer either way, never a hint that it exists. */
export const orderNotFound = (): DomainError => new DomainError(404, "order_not_found", { fr: "Nous ne trouvons pas cette commande.", en: "No order with this id for you." })
