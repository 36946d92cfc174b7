/** A variant's inventory-kit link: one unit of the variant consumes `required_quantity` of the item. */
export type KitLink = { variant_id: string; inventory_item_id: string; required_quantity: number }

export type KitLinkPlan = { create: KitLink[]; update: KitLink[]; dismiss: KitLink[] }

const key = (link: KitLink) => `${link.variant_id}\u0000${link.inventory_item_id}`

/** What to change so that the variants' kit links are exactly `desired`. */
export function planKitLinks(desired: KitLink[], existing: KitLink[]): KitLinkPlan {
  const current = new Map(existing.map((link) => [key(link), link]))
  const wanted = new Map(desired.map((link) => [key(link), link]))
  const plan: KitLinkPlan = { create: [], update: [], dismiss: [] }
  for (const [linkKey, link] of wanted) {
    const found = current.get(linkKey)
    if (!found) plan.create.push(link)
    else if (Number(found.required_quantity) !== link.required_quantity) plan.update.push(link)
  }
  for (const [linkKey, link] of current) {
    if (!wanted.has(linkKey)) plan.dismiss.push(link)
  }
  return plan
}
