import type { Fulfilment, TicketStatus } from "@oc-pizza/api-types"

export type CustomerMessage = { subject: string; body: string }
type Locale = "fr" | "en"

export type CustomerNews = TicketStatus | "modified"

const texts: Record<Locale, Partial<Record<CustomerNews | "ready_pickup", (order: string, pizzeria: string) => CustomerMessage>>> = {
  fr: {
    scheduled: (order, pizzeria) => ({
      subject: `Commande ${order} programmée`,
      body: `${pizzeria} a bien reçu votre commande ${order} pour le créneau que vous avez choisi. Vous pouvez la modifier ou l'annuler jusqu'à ce que la cuisine la lance.`,
    }),
    received: (order, pizzeria) => ({
      subject: `Commande ${order} reçue`,
      body: `${pizzeria} a bien reçu votre commande ${order}. Vous pouvez la modifier ou l'annuler tant que la préparation n'a pas commencé.`,
    }),
    modified: (order, pizzeria) => ({ subject: `Commande ${order} modifiée`, body: `${pizzeria} a bien reçu la modification de votre commande ${order}.` }),
    preparing: (order, pizzeria) => ({ subject: `Commande ${order} en préparation`, body: `Les pizzaiolos de ${pizzeria} préparent votre commande ${order}.` }),
    out_for_delivery: (order) => ({ subject: `Commande ${order} en route`, body: `Votre commande ${order} est partie avec notre livreur.` }),
    ready_pickup: (order, pizzeria) => ({ subject: `Commande ${order} prête`, body: `Votre commande ${order} vous attend au comptoir de ${pizzeria}.` }),
    delivered: (order) => ({ subject: `Commande ${order} livrée`, body: `Votre commande ${order} a été livrée. Bon appétit !` }),
    collected: (order) => ({ subject: `Commande ${order} retirée`, body: `Merci d'être passé chercher votre commande ${order}. Bon appétit !` }),
    cancelled: (order) => ({ subject: `Commande ${order} annulée`, body: `Votre commande ${order} est annulée. Tout montant déjà prélevé vous est remboursé.` }),
    delivery_failed: (order, pizzeria) => ({
      subject: `Commande ${order} : livraison impossible`,
      body: `Notre livreur n'a pas pu vous remettre la commande ${order} ; elle est de retour chez ${pizzeria}. Appelez la pizzeria pour une nouvelle livraison ou pour venir la chercher.`,
    }),
  },
  en: {
    scheduled: (order, pizzeria) => ({
      subject: `Order ${order} booked`,
      body: `${pizzeria} has received your order ${order} for the slot you chose. You can change or cancel it until the kitchen starts it.`,
    }),
    received: (order, pizzeria) => ({
      subject: `Order ${order} received`,
      body: `${pizzeria} has received your order ${order}. You can change or cancel it until preparation starts.`,
    }),
    modified: (order, pizzeria) => ({ subject: `Order ${order} changed`, body: `${pizzeria} has received the change to your order ${order}.` }),
    preparing: (order, pizzeria) => ({ subject: `Order ${order} being prepared`, body: `The pizzaiolos of ${pizzeria} are preparing your order ${order}.` }),
    out_for_delivery: (order) => ({ subject: `Order ${order} on its way`, body: `Your order ${order} has left with our driver.` }),
    ready_pickup: (order, pizzeria) => ({ subject: `Order ${order} ready`, body: `Your order ${order} is waiting for you at the counter of ${pizzeria}.` }),
    delivered: (order) => ({ subject: `Order ${order} delivered`, body: `Your order ${order} has been delivered. Enjoy your meal!` }),
    collected: (order) => ({ subject: `Order ${order} collected`, body: `Thank you for collecting your order ${order}. Enjoy your meal!` }),
    cancelled: (order) => ({ subject: `Order ${order} cancelled`, body: `Your order ${order} is cancelled. Any amount already charged is refunded.` }),
    delivery_failed: (order, pizzeria) => ({
      subject: `Order ${order}: delivery failed`,
      body: `Our driver could not hand over your order ${order}; it is back at ${pizzeria}. Call the pizzeria to have it delivered again or to collect it.`,
    }),
  },
}

/**
 * The e-mail template that tells the customer their order reached `news`
 * (`order-received`, `order-ready`...), or none for a step they do not need
 * to hear about (ready, for a delivery: the next mail is "on its way").
 */
export function customerEmailTemplate(news: CustomerNews, kind: Fulfilment): `order-${CustomerNews}` | undefined {
  if (news === "ready" && kind !== "pickup") return undefined
  return `order-${news}`
}

/**
 * The e-mail a customer gets when their order reaches `status`, in their
 * language (French unless the order says English); none for a step they do
 * not need to hear about (ready, for a delivery: the next mail is "on its way").
 */
export function customerMessage(status: CustomerNews, kind: Fulfilment, locale: string | null | undefined, order: string, pizzeria: string): CustomerMessage | undefined {
  const language: Locale = locale?.toLowerCase().startsWith("en") ? "en" : "fr"
  const key = status === "ready" ? (kind === "pickup" ? "ready_pickup" : undefined) : status
  const text = key ? texts[language][key] : undefined
  return text?.(order, pizzeria)
}
