/** Every apostrophe French text uses (straight, typographic, modifier letter) folded to the straight one. */
export function normalizeApostrophes(text: string): string {
  return text.replace(/[’ʼ‘`´]/g, "'");
}

/**
 * The key under which two spellings of a name count as the same form: NFC, straight apostrophes,
 * single spaces, lower case.
 */
export function formKey(text: string): string {
  return normalizeApostrophes(text.normalize('NFC')).replace(/\s+/g, ' ').trim().toLocaleLowerCase('fr');
}
