// Every text the widget shows, from one catalogue per language (messages-<language>.js, all with
// the keys of the English one). The language is the page's data-locale, else the browser's, when
// the widget speaks it; else the venue's default language. Dates, times and money follow the same
// tag (`locale`).
import en from './messages-en.js';
import { usableLocale } from './time.js';

export const LANGUAGES = ['en', 'de', 'fr', 'es', 'nl'];

/** A language's catalogue: only the one in use is downloaded (English is, for any key a catalogue might lack). */
export async function catalogue(language) {
  return language === 'en' ? en : (await import(`./messages-${language}.js`)).default;
}

/** The first candidate tag whose language has a catalogue, as a tag the browser can format for; null for none. */
export function chooseLocale(...candidates) {
  for (const candidate of candidates) {
    const tag = candidate ? usableLocale(candidate) : null;
    if (tag && LANGUAGES.includes(new Intl.Locale(tag).language) && (tag !== 'en' || candidate.toLowerCase().startsWith('en'))) {
      return tag;
    }
  }
  return null;
}

/** The texts of `tag`'s language (its `catalogue`), functions given the language's plural rules as last argument. */
export function messagesFor(tag, ownCatalogue) {
  const rules = new Intl.PluralRules(tag);
  const plural = (n, forms) => forms[rules.select(n)] ?? forms.other;
  const texts = { ...en, ...ownCatalogue };
  return Object.fromEntries(Object.entries(texts).map(([key, text]) =>
    [key, typeof text === 'function' ? (...args) => text(...args, plural) : text]));
}

// Live bindings: modules that import them see the venue's language once it is known (useVenueLanguage).
const asked = chooseLocale(new URLSearchParams(location.search).get('locale'), navigator.language);
export let locale = asked ?? 'en';
export let language = new Intl.Locale(locale).language;
export let messages = messagesFor(locale, await catalogue(language));
document.documentElement.lang = language;

/** For a visitor whose language the widget does not speak (nor the page asked for one): the venue's default. */
export async function useVenueLanguage(venueDefault) {
  const fallback = asked ? null : chooseLocale(venueDefault);
  if (fallback) {
    const texts = await catalogue(new Intl.Locale(fallback).language);
    locale = fallback;
    language = new Intl.Locale(locale).language;
    messages = messagesFor(locale, texts);
    document.documentElement.lang = language;
  }
}
