/**
 * A status key suggested from the label an admin types: `Waiting for budget` →
 * `waitingForBudget`. Empty when the label has no latin letters (then the admin types a key).
 */
export function suggestStatusKey(label: string): string {
  const words = label
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9 ]+/g, ' ')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  const key = words
    .map((word, i) =>
      i === 0 ? word.toLowerCase() : (word[0] ?? '').toUpperCase() + word.slice(1).toLowerCase(),
    )
    .join('')
    .replace(/^[0-9]+/, '');
  return key.slice(0, 40);
}
