import type { NextConfig } from "next"
import { SECURITY_HEADERS } from "./lib/security/security-headers"

const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  async headers() {
    return [{ source: "/:path*", headers: SECURITY_HEADERS }]
  },
}

export default config
