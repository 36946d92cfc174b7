import { Button, Link, Section, Text } from "@react-email/components"
import type { Locale } from "../email-data"
import { colours } from "../theme"

type Props = { href: string; label: string; locale: Locale }

const copyHints: Record<Locale, string> = { fr: "Ou ouvrez ce lien :", en: "Or open this link:" }

/**
 * The one thing the e-mail asks the reader to do: a large button, then the
 * same address written out, for clients that hide buttons and for readers
 * who prefer to copy it.
 */
export function CallToAction({ href, label, locale }: Props) {
  return (
    <Section style={{ margin: "8px 0 24px" }}>
      <Button
        href={href}
        style={{
          backgroundColor: colours.brand,
          color: colours.onBrand,
          borderRadius: "6px",
          fontSize: "16px",
          fontWeight: 700,
          padding: "14px 24px",
          textDecoration: "none",
          display: "inline-block",
        }}
      >
        {label}
      </Button>
      {/* the text part already gives the address with the button's label */}
      <Text data-skip-in-text="true" style={{ color: colours.muted, fontSize: "14px", lineHeight: "20px", margin: "16px 0 0" }}>
        {`${copyHints[locale]} `}
        <Link href={href} style={{ color: colours.brand, textDecoration: "underline", wordBreak: "break-all" }}>
          {href}
        </Link>
      </Text>
    </Section>
  )
}
