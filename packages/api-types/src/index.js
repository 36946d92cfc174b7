"use strict"
Object.defineProperty(exports, "__esModule", { value: true })
exports.medusaErrorTypeFor = require("./medusa-error-type").medusaErrorTypeFor
