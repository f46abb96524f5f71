import { errorCodes } from '@crm/contracts';
import en from './en.json';
import uk from './uk.json';
import { moduleTranslations } from './modules';

type Tree = { [key: string]: string | Tree };
const resources: Record<'en' | 'uk', Tree> = {
  en: { ...en, ...moduleTranslations.en },
  uk: { ...uk, ...moduleTranslations.uk },
};

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

const PLURAL = /_(zero|one|two|few|many|other)$/;

/** Keys with i18next's plural suffixes folded into one base key. */
function baseKeys(tree: Tree): string[] {
  return [...new Set([...leaves(tree).keys()].map((key) => key.replace(PLURAL, '')))].sort();
}

describe('translations', () => {
  it('have exactly the same keys in English and Ukrainian', () => {
    expect(baseKeys(resources.uk)).toEqual(baseKeys(resources.en));
  });

  it.each(['en', 'uk'] as const)('have every plural form %s needs', (language) => {
    const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
    const keys = [...leaves(resources[language]).keys()];
    const pluralBases = new Set(
      keys.filter((key) => PLURAL.test(key)).map((key) => key.replace(PLURAL, '')),
    );
    for (const base of pluralBases) {
      for (const category of categories) expect(keys).toContain(`${base}_${category}`);
    }
  });

  it.each(['en', 'uk'] as const)('have no empty strings in %s', (language) => {
    for (const [key, value] of leaves(resources[language])) {
      expect(value.trim(), key).not.toBe('');
    }
  });

  it('translate every error code of the API', () => {
    const translated = leaves(resources.en);
    for (const code of [...errorCodes, 'NETWORK_ERROR', 'UNKNOWN']) {
      expect(translated.has(`errors.${code}`), code).toBe(true);
    }
  });

  it('use the same interpolation variables in both languages', () => {
    const vars = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    const ukLeaves = leaves(resources.uk);
    for (const [key, text] of leaves(resources.en)) {
      const base = key.replace(PLURAL, '');
      const counterpart = ukLeaves.get(key) ?? ukLeaves.get(`${base}_other`);
      if (counterpart !== undefined) expect(vars(counterpart), key).toEqual(vars(text));
    }
  });
});
