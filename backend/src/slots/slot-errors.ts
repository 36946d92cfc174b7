import type { LocalizedText } from "@oc-pizza/api-types"
import { DomainError } from "@/errors/domain-error"
import type { SlotRefusalCode } from "./slot-refusal"

const TEXTS: Record<SlotRefusalCode | "slot_busy", LocalizedText> = {
  slot_invalid: {
    fr: "Ce créneau n'existe pas : choisissez un quart d'heure proposé (19:00, 19:15, 19:30…).",
    en: "This slot does not exist: choose one of the quarter hours offered (19:00, 19:15, 19:30…).",
  },
  slot_too_soon: {
    fr: "Ce créneau est trop proche pour que la pizzeria le tienne. Choisissez un créneau plus tard ou « dès que possible ».",
    en: "This slot is too close for the pizzeria to keep. Choose a later slot or “as soon as possible”.",
  },
  slot_closed: {
    fr: "La pizzeria est fermée à ce créneau (horaires ou fermeture exceptionnelle). Choisissez-en un autre.",
    en: "The pizzeria is closed at this slot (opening hours or an exceptional closure). Choose another one.",
  },
  slot_full: {
    fr: "Ce créneau vient d'être complet : le four ne peut pas préparer plus de pizzas à cette heure-là. Choisissez un autre créneau.",
    en: "This slot has just filled up: the oven cannot bake more pizzas at that time. Choose another slot.",
  },
  slot_busy: {
    fr: "La pizzeria reçoit trop de commandes à la fois pour réserver votre créneau maintenant. Rien n'a été commandé ni débité : réessayez dans une minute.",
    en: "The pizzeria is taking too many orders at once to book your slot now. Nothing was ordered or charged: try again in a minute.",
  },
}

const STATUS: Record<SlotRefusalCode | "slot_busy", number> = { slot_invalid: 400, slot_too_soon: 422, slot_closed: 422, slot_full: 409, slot_busy: 409 }

/** A slot refused, with its code, the status it deserves and the message in both languages. */
export function slotError(code: SlotRefusalCode | "slot_busy", details: Record<string, unknown> = {}): DomainError {
  return new DomainError(STATUS[code], code, TEXTS[code], details)
}
