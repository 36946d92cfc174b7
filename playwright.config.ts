import { defineConfig } from "@playwright/test"

/**
 * Browser tests against the production builds, started by scripts/test-e2e.ts
 * (which passes STOREFRONT_URL and BACKEND_URL). Debian's Chromium, never a
 * downloaded browser.
 */
export default defineConfig({
  testDir: "e2e",
  // Playwright empties its output folder: keep it away from the other suites' results
  outputDir: "test-results/playwright",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 1,
  retries: 0,
  reporter: [["list"], ["json", { outputFile: "test-results/e2e.playwright.json" }]],
  use: {
    baseURL: process.env.STOREFRONT_URL ?? "http://localhost:8000",
    locale: "fr-FR",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
})
