/** Where a pizzeria's stock location keeps the id of its own publishable key (created when it opened). */
export const OWN_KEY = "publishable_key_id"

/** The pizzeria's own publishable key id, from its stock location's metadata; undefined for one opened before pizzerias had their own. */
export function ownPublishableKeyId(metadata: Record<string, unknown> | null | undefined): string | undefined {
  const id = metadata?.[OWN_KEY]
  return typeof id === "string" ? id : undefined
}
