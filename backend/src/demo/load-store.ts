import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createProductTypesWorkflow, createRegionsWorkflow, createTaxRatesWorkflow, createTaxRegionsWorkflow, updateStoresWorkflow } from "@medusajs/medusa/core-flows"
import { offeredPaymentMethods } from "../payments/payment-providers"

export type StoreSetup = { storeId: string; regionId: string; alcoholTypeId: string }

/**
 * France, in euros, prices including VAT. Food sold for take-away or delivery
 * to be eaten at once is taxed at 10 %; alcoholic drinks stay at 20 %.
 */
export async function loadStore(container: MedusaContainer): Promise<StoreSetup> {
  const [store] = await container.resolve(Modules.STORE).listStores({}, { take: 1 })
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        name: "OC Pizza",
        supported_currencies: [{ currency_code: "eur", is_default: true, is_tax_inclusive: true }],
      },
    },
  })

  const { result: regions } = await createRegionsWorkflow(container).run({
    input: {
      regions: [
        {
          name: "France",
          currency_code: "eur",
          countries: ["fr"],
          automatic_taxes: true,
          is_tax_inclusive: true,
          payment_providers: offeredPaymentMethods(container).map((method) => method.id),
        },
      ],
    },
  })

  const { result: taxRegions } = await createTaxRegionsWorkflow(container).run({
    input: [
      {
        country_code: "fr",
        provider_id: "tp_system",
        default_tax_rate: { rate: 10, code: "FR-TVA-10", name: "TVA 10 % (à emporter ou livré)" },
      },
    ],
  })

  const { result: types } = await createProductTypesWorkflow(container).run({
    input: { product_types: [{ value: "Boisson alcoolisée" }] },
  })
  await createTaxRatesWorkflow(container).run({
    input: [
      {
        tax_region_id: taxRegions[0].id,
        rate: 20,
        code: "FR-TVA-20",
        name: "TVA 20 % (boissons alcoolisées)",
        rules: [{ reference: "product_type", reference_id: types[0].id }],
      },
    ],
  })

  return { storeId: store.id, regionId: regions[0].id, alcoholTypeId: types[0].id }
}
