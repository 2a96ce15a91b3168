import { getCountrySpecifications, isValidIBAN } from 'ibantools';

/**
 * Checks run on a pattern's match before it is blanked, so that an ordinary number of the same
 * shape (an order number, a reference, a phone number) survives. Each takes the whole match and
 * returns how many of its leading characters are the sensitive value (0: none, leave it).
 * Rules name them in their data (`"validate": "iban"`).
 */
export type Validator = (match: string) => number;

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Luhn (mod 10) over the digits of `text`, separators ignored: payment cards, Canadian SINs. */
export function passesLuhn(text: string): boolean {
  let sum = 0;
  let double = false;
  for (let index = text.length - 1; index >= 0; index -= 1) {
    const code = text.charCodeAt(index);
    if (!isDigit(code)) continue;
    let digit = code - 48;
    if (double) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
    double = !double;
  }
  return sum % 10 === 0;
}

const ibanSpecs = getCountrySpecifications();

/**
 * IBAN (ISO 13616): the country's registered length, its BBAN format and the mod-97 check
 * digits, by ibantools (which also checks the national check digits of the countries that have
 * them). The pattern matches a generous run of 4-character groups; this finds the prefix that
 * is exactly the country's length, so text that follows the IBAN is not taken for part of it.
 */
export function ibanLength(match: string): number {
  const length = ibanSpecs[match.slice(0, 2)]?.chars;
  if (!length) return 0;
  let compact = '';
  let end = 0;
  while (end < match.length && compact.length < length) {
    const char = match.charAt(end);
    if (char !== ' ' && char !== '-') compact += char;
    end += 1;
  }
  return compact.length === length && isValidIBAN(compact) ? end : 0;
}

/**
 * US Social Security Number, as Presidio's UsSsnRecognizer invalidates: one kind of delimiter,
 * not all one digit, no all-zero group, and not an area 000 or 666 or a number published as an
 * example (123-45-6789, 078-05-1120). 9xx areas stay: they are ITINs, also national ids.
 */
export function ssnLength(match: string): number {
  const digits = match.replace(/[^0-9]/g, '');
  const delimiters = new Set(match.replace(/[0-9]/g, ''));
  if (digits.length !== 9 || delimiters.size > 1) return 0;
  if (/^(\d)\1{8}$/.test(digits)) return 0;
  if (digits.slice(3, 5) === '00' || digits.slice(5) === '0000') return 0;
  for (const sample of ['000', '666', '123456789', '98765432', '078051120']) if (digits.startsWith(sample)) return 0;
  return match.length;
}

const dniLetters = 'TRWAGMYFPDXBNJZSQVHLCKE';

/** Spanish DNI/NIF: 8 digits and the letter of their value mod 23. */
export function esNifLength(match: string): number {
  const compact = match.replace('-', '');
  const digits = compact.slice(0, -1);
  if (!/^[0-9]{8}$/.test(digits.padStart(8, '0'))) return 0;
  return compact.at(-1) === dniLetters[Number(digits) % 23] ? match.length : 0;
}

/** Spanish NIE: X, Y or Z (read as 0, 1, 2), 7 digits and the mod-23 letter of that number. */
export function esNieLength(match: string): number {
  const compact = match.replace('-', '');
  const prefix = 'XYZ'.indexOf(compact.charAt(0));
  if (prefix === -1) return 0;
  const digits = `${prefix}${compact.slice(1, -1)}`;
  if (!/^[0-9]{8}$/.test(digits)) return 0;
  return compact.at(-1) === dniLetters[Number(digits) % 23] ? match.length : 0;
}

export const validators: Readonly<Record<string, Validator>> = {
  luhn: (match) => {
    const digits = match.replace(/[^0-9]/g, '').length;
    return digits >= 13 && digits <= 19 && passesLuhn(match) ? match.length : 0;
  },
  iban: ibanLength,
  'us-ssn': ssnLength,
  'es-nif': esNifLength,
  'es-nie': esNieLength,
};
