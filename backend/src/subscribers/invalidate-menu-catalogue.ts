import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import {
  InventoryItemWorkflowEvents,
  PricingEvents,
  ProductCategoryWorkflowEvents,
  ProductEvents,
  ProductVariantWorkflowEvents,
  ProductWorkflowEvents,
  SalesChannelWorkflowEvents,
  TranslationWorkflowEvents,
} from "@medusajs/framework/utils"
import { INGREDIENT_NAMES_CHANGED_EVENT, RECIPE_CHANGED_EVENT } from "@oc-pizza/medusa-plugin-recipes/workflows"
import { bumpCatalogueVersion } from "../menu/catalogue-version"

/**
 * Whatever changes a menu's catalogue (a dish, a size, a price, a category, a
 * recipe, an ingredient's name (the inventory item's title or the recipes plugin's), a translation, a sales channel) makes every
 * process's cached catalogue stale, through the version in the database
 * (`backend/src/menu/catalogue-version.ts`). The stock and the pauses are read
 * live with each menu and need nothing here.
 */
export default async function invalidateMenuCatalogue({ container }: SubscriberArgs<unknown>): Promise<void> {
  await bumpCatalogueVersion(container)
}

export const MENU_CATALOGUE_EVENTS = [
  ...Object.values(ProductWorkflowEvents),
  ...Object.values(ProductVariantWorkflowEvents),
  ...Object.values(ProductCategoryWorkflowEvents),
  ProductEvents.PRODUCT_UPDATED,
  ProductEvents.PRODUCT_VARIANT_UPDATED,
  ProductEvents.PRODUCT_CATEGORY_UPDATED,
  PricingEvents.PRICE_CREATED,
  PricingEvents.PRICE_UPDATED,
  PricingEvents.PRICE_DELETED,
  PricingEvents.PRICE_SET_UPDATED,
  PricingEvents.PRICE_LIST_CREATED,
  PricingEvents.PRICE_LIST_UPDATED,
  PricingEvents.PRICE_LIST_DELETED,
  InventoryItemWorkflowEvents.UPDATED,
  InventoryItemWorkflowEvents.DELETED,
  SalesChannelWorkflowEvents.UPDATED,
  SalesChannelWorkflowEvents.DELETED,
  ...Object.values(TranslationWorkflowEvents),
  RECIPE_CHANGED_EVENT,
  INGREDIENT_NAMES_CHANGED_EVENT,
]

export const config: SubscriberConfig = { event: MENU_CATALOGUE_EVENTS, context: { subscriberId: "invalidate-menu-catalogue" } }
