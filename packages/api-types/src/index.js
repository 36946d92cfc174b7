"use strict"
Object.defineProperty(exports, "__esModule", { value: true })
exports.medusaErrorTypeFor = require("./medusa-error-type").medusaErrorTypeFor
const codedError = require("./coded-error")
exports.isCodedError = codedError.isCodedError
exports.codedErrorIn = codedError.codedErrorIn
exports.codedErrorBody = codedError.codedErrorBody
exports.withCodedErrors = codedError.withCodedErrors
exports.codedErrorHandler = codedError.codedErrorHandler
const language = require("./language")
exports.languageOfTag = language.languageOfTag
exports.requestLanguage = language.requestLanguage
exports.formatMoney = language.formatMoney
