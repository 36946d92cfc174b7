import { MedusaError } from "@medusajs/framework/utils"
import { Heading, Section } from "@react-email/components"
import { customerMessage, type CustomerNews } from "../../kitchen/customer-messages"
import { OrderEmailData, type Locale } from "../email-data"
import { formatAmount, formatDayAndTime, formatTime } from "../email-formats"
import { colours } from "../theme"
import { CallToAction } from "./call-to-action"
import { defineEmail, type EmailTemplate } from "./define-email"
import { EmailLayout, FooterLine, Paragraph } from "./email-layout"

const words = {
  fr: {
    yourOrder: (order: string) => `Votre commande ${order}`,
    total: "Total",
    readyAround: (time: string) => `Prête vers ${time}`,
    deliveredAround: (time: string) => `Livraison prévue vers ${time}`,
    pickupBooked: (when: string) => `À retirer ${when}`,
    without: (name: string) => `Sans ${name}`,
    deliveryBooked: (when: string) => `Livraison prévue ${when}`,
    track: "Suivre ma commande",
    view: "Voir ma commande",
    call: (pizzeria: string, phone: string) => `Une question ? Appelez ${pizzeria} au ${phone}`,
    phone: (pizzeria: string, phone: string) => `${pizzeria} : ${phone}`,
    why: "Vous recevez cet e-mail parce que vous avez commandé chez OC Pizza.",
  },
  en: {
    yourOrder: (order: string) => `Your order ${order}`,
    total: "Total",
    readyAround: (time: string) => `Ready around ${time}`,
    deliveredAround: (time: string) => `Delivery expected around ${time}`,
    pickupBooked: (when: string) => `To collect ${when}`,
    without: (name: string) => `No ${name}`,
    deliveryBooked: (when: string) => `Delivery booked for ${when}`,
    track: "Track my order",
    view: "View my order",
    call: (pizzeria: string, phone: string) => `A question? Call ${pizzeria} on ${phone}`,
    phone: (pizzeria: string, phone: string) => `${pizzeria}: ${phone}`,
    why: "You are receiving this e-mail because you ordered from OC Pizza.",
  },
} satisfies Record<Locale, unknown>

/** The kitchen's estimate is worth giving while the order is still on its way to the oven. */
const SHOWS_ETA = new Set<CustomerNews>(["scheduled", "received", "modified", "preparing"])

function composeOrderEmail(news: CustomerNews, data: OrderEmailData) {
  const { locale, pizzeria, order } = data
  const number = `#${order.display_id}`
  const message = customerMessage(news, order.kind, locale, number, pizzeria.name)
  if (!message) throw new MedusaError(MedusaError.Types.INVALID_DATA, `E-mail template "order-${news}" has nothing to say about a ${order.kind} order`)
  const w = words[locale]
  const money = (amount: number) => formatAmount(amount, order.currency_code, locale)
  // a booked order states its slot, day and time; an order as soon as possible, the kitchen's estimate
  const booked = order.scheduled_for && SHOWS_ETA.has(news) ? (order.kind === "delivery" ? w.deliveryBooked : w.pickupBooked)(formatDayAndTime(order.scheduled_for, locale)) : null
  const estimate = order.eta && SHOWS_ETA.has(news) ? (order.kind === "delivery" ? w.deliveredAround : w.readyAround)(formatTime(order.eta, locale)) : null
  const eta = booked ?? estimate
  const cell = { padding: "8px 0", borderBottom: `1px solid ${colours.rule}`, fontSize: "16px", lineHeight: "22px", color: colours.text }

  const element = (
    <EmailLayout
      locale={locale}
      title={message.subject}
      preview={eta ? `${message.body} ${eta}.` : message.body}
      heading={message.subject}
      footer={
        <>
          {pizzeria.phone ? <FooterLine>{w.call(pizzeria.name, pizzeria.phone)}</FooterLine> : <FooterLine>{pizzeria.name}</FooterLine>}
          <FooterLine>{w.why}</FooterLine>
        </>
      }
    >
      <Paragraph>{message.body}</Paragraph>
      {news === "delivery_failed" && pizzeria.phone && (
        <Paragraph>
          <strong>{w.phone(pizzeria.name, pizzeria.phone)}</strong>
        </Paragraph>
      )}
      {eta && (
        <Paragraph>
          <strong>{eta}</strong>
        </Paragraph>
      )}
      <Section style={{ margin: "8px 0 24px" }}>
        <Heading as="h2" style={{ color: colours.text, fontSize: "18px", lineHeight: "24px", margin: "0 0 8px" }}>
          {w.yourOrder(number)}
        </Heading>
        <table role="presentation" width="100%" cellPadding={0} cellSpacing={0} data-text-format="dataTable" style={{ borderCollapse: "collapse" }}>
          <tbody>
            {order.items.map((item, index) => (
              <tr key={index}>
                <td style={cell}>
                  {`${item.quantity} × ${item.title}`}
                  {Boolean(item.without?.length || item.extras?.length) && (
                    <div style={{ fontSize: "14px", fontWeight: 700 }}>
                      {[...(item.without ?? []).map(w.without), ...(item.extras ?? []).map((name) => `+ ${name}`)].join(" · ")}
                    </div>
                  )}
                </td>
                <td style={{ ...cell, textAlign: "right", whiteSpace: "nowrap" }}>{money(item.total)}</td>
              </tr>
            ))}
            <tr>
              <td style={{ ...cell, fontWeight: 700, borderBottom: "none" }}>{w.total}</td>
              <td style={{ ...cell, fontWeight: 700, borderBottom: "none", textAlign: "right", whiteSpace: "nowrap" }}>{money(order.total)}</td>
            </tr>
          </tbody>
        </table>
      </Section>
      <CallToAction href={data.tracking_url} label={news === "cancelled" ? w.view : w.track} locale={data.locale} />
    </EmailLayout>
  )
  return { subject: message.subject, element }
}

/** The e-mail telling a customer their order reached `news`: what happened, what they ordered, and the link to follow it. */
export function orderEmail(news: CustomerNews): EmailTemplate {
  return defineEmail(OrderEmailData, (data) => composeOrderEmail(news, data))
}
