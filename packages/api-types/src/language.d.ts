import type { Language } from "./error"

/** What the helpers below read of a request (Express's, with Medusa's `locale` from `x-medusa-locale` or `?locale=`). */
export type RequestWithLanguage = { locale?: string; headers?: Record<string, string | string[] | undefined> }

/** "fr" or "en" for a language tag ("fr-FR", "en_GB", "EN"), or undefined for any other. */
export declare function languageOfTag(tag: string | null | undefined): Language | undefined

/**
 * The language to answer a request in: Medusa's request locale, then `preferred`
 * (e.g. the cart's locale), then the first French or English range of
 * `Accept-Language` by its weight, then French.
 */
export declare function requestLanguage(req: RequestWithLanguage, preferred?: string | null): Language

/** An amount in a currency, as a person of that language writes it: "15,00 €", "€15.00". */
export declare function formatMoney(amount: number, currencyCode: string, language: Language): string
