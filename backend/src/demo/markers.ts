/** Names shared by the seed and the root scripts that check for it without booting Medusa. */

/** Store metadata key set once the demo data is loaded. */
export const SEED_MARKER = "oc_pizza_demo_seeded_at"

/** Title of the publishable key that covers every pizzeria's sales channel. */
export const STOREFRONT_KEY_TITLE = "OC Pizza — boutique en ligne"
