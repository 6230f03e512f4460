const words = ['zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze', 'treize', 'quatorze', 'quinze', 'seize'];

/**
 * A count as French prose writes it: in words up to seize, in figures beyond ("cinq articles",
 * "1 000 articles", with a narrow no-break space between thousands). `feminine` gives "une".
 */
export function frenchCount(count: number, feminine = false): string {
  if (count === 1 && feminine) return 'une';
  if (Number.isInteger(count) && count >= 0 && count < words.length) return words[count]!;
  return new Intl.NumberFormat('fr-FR').format(count);
}

/** The same, capitalised to open a sentence: "Six chapitres". */
export function frenchCountCapitalised(count: number, feminine = false): string {
  const words = frenchCount(count, feminine);
  return words.charAt(0).toUpperCase() + words.slice(1);
}
