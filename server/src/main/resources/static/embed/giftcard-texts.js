// The gift card texts (giftcards-<language>.js, all with the keys of the English one): loaded only
// with the gift card field or the gift card shop, in the page's language.
import { language, locale, messagesFor } from './messages.js';

export async function giftCardTexts() {
  const en = (await import('./giftcards-en.js')).default;
  const own = language === 'en' ? {} : (await import(`./giftcards-${language}.js`)).default;
  return messagesFor(locale, { ...en, ...own });
}
