import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { useEffect } from "react"
import { useNavigate } from "react-router-dom"
import { useStaff } from "../hooks/use-staff"

/**
 * Medusa's admin opens on the orders list and its menu cannot be filtered per
 * user: a pizzaiolo, a driver, a clerk or a manager is taken to their own page.
 */
const LandingByRole = () => {
  const navigate = useNavigate()
  const { data: staff } = useStaff()
  useEffect(() => {
    if (!staff) return
    // once per person and browser tab: afterwards the orders list is theirs to open
    const landed = `ocp-landed:${staff.email}`
    if (sessionStorage.getItem(landed)) return
    sessionStorage.setItem(landed, "1")
    if (staff.landing_page !== "/orders") navigate(staff.landing_page, { replace: true })
  }, [staff, navigate])
  return null
}

export const config = defineWidgetConfig({ zone: "order.list.before" })

export default LandingByRole
