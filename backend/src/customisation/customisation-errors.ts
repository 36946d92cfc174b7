import type { LocalizedText } from "@oc-pizza/api-types"
import { DomainError } from "@/errors/domain-error"

export type CustomisationRefusal = "customisation_invalid" | "removal_not_allowed" | "extra_not_offered" | "too_many_extras" | "customisation_changed"

const TEXTS: Record<CustomisationRefusal, LocalizedText> = {
  customisation_invalid: {
    fr: "Cette personnalisation ne se lit pas : un ingrédient y figure deux fois, ou il est à la fois retiré et ajouté.",
    en: "This customisation cannot be read: an ingredient appears twice, or is both removed and added.",
  },
  removal_not_allowed: {
    fr: "Cet ingrédient ne peut pas être retiré de ce plat.",
    en: "This ingredient cannot be left out of this dish.",
  },
  extra_not_offered: {
    fr: "Ce supplément n'est pas proposé pour ce plat dans cette taille.",
    en: "This extra is not offered for this dish in this size.",
  },
  too_many_extras: {
    fr: "Trop de suppléments pour une seule pizza.",
    en: "Too many extras for one pizza.",
  },
  customisation_changed: {
    fr: "La carte a changé depuis que cette pizza a été composée (supplément retiré ou prix modifié). Composez-la à nouveau.",
    en: "The menu changed since this pizza was put together (an extra withdrawn or its price changed). Please put it together again.",
  },
}

const STATUS: Record<CustomisationRefusal, number> = {
  customisation_invalid: 400,
  removal_not_allowed: 422,
  extra_not_offered: 422,
  too_many_extras: 422,
  customisation_changed: 409,
}

/** A customisation refused, with its code, its status and the message in both languages. */
export function customisationError(code: CustomisationRefusal, details: Record<string, unknown> = {}): DomainError {
  return new DomainError(STATUS[code], code, TEXTS[code], details)
}
