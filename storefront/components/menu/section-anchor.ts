/** A category's anchor on the menu page, from its name: "Boissons" → "cat-boissons", "Desserts & glaces" → "cat-desserts-glaces". */
export function sectionAnchor(category: string): string {
  const slug = category
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
  return `cat-${slug || "autres"}`
}
