/** The same rule as entry ids (`IdSchema`): the slug is the article's file name and URL. */
const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const maxWords = 8;

/** Letters that NFD does not decompose into a base letter and an accent. */
const ligatures: Record<string, string> = { œ: 'oe', Œ: 'oe', æ: 'ae', Æ: 'ae', ß: 'ss', ø: 'o', Ø: 'o', ł: 'l', Ł: 'l', đ: 'd', Đ: 'd' };

/**
 * A slug from a title: lower-case ASCII words joined by hyphens, accents removed, at most eight
 * words. Elided articles ("l’", "d’", "qu’") are dropped: "l-iran" would waste a word on "l".
 * Empty when the title has no Latin letter or digit.
 */
export function slugFromTitle(title: string): string {
  const words = title
    .replace(/(?<![\p{L}\p{N}])(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu)['’ʼ](?=\p{L})/giu, '')
    .replace(/[œŒæÆßøØłŁđĐ]/g, (letter) => ligatures[letter] ?? letter)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');
  return words.slice(0, maxWords).join('-');
}

export function isValidSlug(slug: string): boolean {
  return slugPattern.test(slug);
}
