// Parses a GIFT file with gift-pegjs (the GIFT grammar of fuhrmanator/GIFT-grammar-PEG.js) and prints its parse as
// JSON, so a .NET test can check that this independent parser reads IRLearn's export as IRLearn meant it.
// Exit 1 with the parser's message when the file does not parse.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const gift = require("gift-pegjs");

const file = process.argv[2];
if (!file) {
  console.error("usage: node gift-parse.mjs <file.gift>");
  process.exit(2);
}

try {
  process.stdout.write(JSON.stringify(gift.parse(readFileSync(file, "utf8"))));
} catch (error) {
  console.error(`gift-pegjs could not parse ${file}: ${error.message}`);
  process.exit(1);
}
