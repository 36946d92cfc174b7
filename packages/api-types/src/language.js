"use strict"
// Choosing the language of an answer (contract: language.d.ts).
Object.defineProperty(exports, "__esModule", { value: true })
exports.languageOfTag = languageOfTag
exports.requestLanguage = requestLanguage
exports.formatMoney = formatMoney

/** @param {string | null | undefined} tag @returns {import("./error").Language | undefined} */
function languageOfTag(tag) {
  const primary = String(tag ?? "")
    .trim()
    .toLowerCase()
    .split(/[-_]/)[0]
  return primary === "fr" || primary === "en" ? primary : undefined
}

/** @param {string | string[] | undefined} header @returns {import("./error").Language | undefined} */
function fromAcceptLanguage(header) {
  const ranges = (Array.isArray(header) ? header.join(",") : (header ?? "")).split(",").map((range, index) => {
    const [tag, ...parameters] = range.split(";")
    const weight = parameters.map((parameter) => /^\s*q=([0-9.]+)\s*$/.exec(parameter)).find(Boolean)
    return { language: languageOfTag(tag), weight: weight ? Number(weight[1]) : 1, index }
  })
  const best = ranges.filter((range) => range.language && range.weight > 0).sort((a, b) => b.weight - a.weight || a.index - b.index)[0]
  return best?.language
}

/** @param {import("./language").RequestWithLanguage} req @param {string | null} [preferred] */
function requestLanguage(req, preferred) {
  return languageOfTag(req.locale) ?? languageOfTag(preferred) ?? fromAcceptLanguage(req.headers?.["accept-language"]) ?? "fr"
}

/** @param {number} amount @param {string} currencyCode @param {import("./error").Language} language */
function formatMoney(amount, currencyCode, language) {
  return new Intl.NumberFormat(language === "fr" ? "fr-FR" : "en-GB", { style: "currency", currency: currencyCode.toUpperCase() }).format(amount)
}
