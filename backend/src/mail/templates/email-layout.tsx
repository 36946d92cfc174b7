import { Body, Container, Head, Heading, Html, Preview, Section, Text } from "@react-email/components"
import type { ReactNode } from "react"
import type { Locale } from "../email-data"
import { colours, fontFamily } from "../theme"

type Props = {
  locale: Locale
  /** The e-mail's subject, also its document title. */
  title: string
  /** The line a mail client shows after the subject (preheader). */
  preview: string
  heading: string
  children: ReactNode
  /** Who sends it and how to reach them, under the card. */
  footer: ReactNode
}

/**
 * The frame every OC Pizza e-mail shares: a text logo (no image to block or
 * describe), one white card on a warm page, real text only, in the reader's
 * language so that screen readers pronounce it right.
 */
export function EmailLayout({ locale, title, preview, heading, children, footer }: Props) {
  return (
    <Html lang={locale} dir="ltr">
      <Head>
        <title>{title}</title>
        <meta name="color-scheme" content="light" />
        <meta name="supported-color-schemes" content="light" />
      </Head>
      <Preview>{preview}</Preview>
      <Body style={{ backgroundColor: colours.page, color: colours.text, fontFamily, margin: 0, padding: "24px 0" }}>
        <Container style={{ maxWidth: "560px", margin: "0 auto" }}>
          <Section style={{ backgroundColor: colours.brand, padding: "16px 24px", borderRadius: "8px 8px 0 0" }}>
            <Text style={{ color: colours.onBrand, fontSize: "22px", fontWeight: 700, letterSpacing: "0.5px", margin: 0 }}>OC Pizza</Text>
          </Section>
          <Section style={{ backgroundColor: colours.card, padding: "24px", borderRadius: "0 0 8px 8px" }}>
            <Heading as="h1" style={{ color: colours.text, fontSize: "22px", lineHeight: "30px", margin: "0 0 16px" }}>
              {heading}
            </Heading>
            {children}
          </Section>
          <Section style={{ padding: "16px 24px" }}>{footer}</Section>
        </Container>
      </Body>
    </Html>
  )
}

/** A paragraph of the card. */
export function Paragraph({ children, muted = false }: { children: ReactNode; muted?: boolean }) {
  return <Text style={{ color: muted ? colours.muted : colours.text, fontSize: "16px", lineHeight: "24px", margin: "0 0 16px" }}>{children}</Text>
}

/** A line of the footer. */
export function FooterLine({ children }: { children: ReactNode }) {
  return <Text style={{ color: colours.muted, fontSize: "14px", lineHeight: "20px", margin: "0 0 4px", textAlign: "center" }}>{children}</Text>
}
