// The gift card shop (/embed?widget=giftcard&key=…): a card for the venue bought online, paid on the
// payment page and mailed with its code. Loaded only on that page.
import { api, call, ApiError } from './api.js';
import { locale, useVenueLanguage } from './messages.js';
import { giftCardTexts } from './giftcard-texts.js';
import { h } from './dom.js';
import { money } from './time.js';
import { unreachable } from './reach.js';
import { root, show } from './screen.js';

const VALUES = [2500, 5000, 7500, 10000, 15000, 20000];

/** The shop's form (?key=…), or back from the payment page (&checkout=…) the card bought. */
export async function render(params, useBrand) {
  const key = params.get('key');
  const checkout = params.get('checkout');
  const cancelled = params.has('cancelled');
  if (!key) throw new ApiError(404);
  const venue = await api.venue(key);
  useBrand(venue.name, venue.logoUrl, venue.accentColor);
  await useVenueLanguage(venue.defaultLocale);
  const t = await giftCardTexts();
  if (checkout && !cancelled) {
    await bought(t, key, checkout);
    return;
  }
  const currency = venue.activities[0]?.currency ?? 'EUR';
  const value = h('select', { id: 'giftValue', name: 'value' },
    ...VALUES.map((minor) => h('option', { value: String(minor), selected: minor === 5000 }, money(minor, currency, locale))));
  const buyer = h('input', { id: 'buyerEmail', type: 'email', autocomplete: 'email', required: true });
  const recipient = h('input', { id: 'recipientEmail', type: 'email', 'aria-describedby': 'recipientHint' });
  const error = h('p', { class: 'field-error', id: 'giftShopError', role: 'alert' });
  const pay = h('button', { type: 'submit', id: 'buyGiftCard' }, t.pay);
  const form = h('form', { id: 'giftShop', novalidate: true },
    h('label', { for: 'giftValue' }, t.value), value,
    h('label', { for: 'buyerEmail' }, t.buyer), buyer,
    h('label', { for: 'recipientEmail' }, t.recipient), recipient,
    h('p', { id: 'recipientHint' }, t.recipientHint),
    error,
    h('div', { class: 'actions' }, pay));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    pay.disabled = true;
    error.textContent = '';
    try {
      const page = await call(`/venues/${encodeURIComponent(key)}/gift-cards`, { method: 'POST', body: JSON.stringify({
        amount: Number(value.value), currency, buyerEmail: buyer.value.trim(),
        recipientEmail: recipient.value.trim() || null, locale }) });
      window.top.location.assign(page.url);
    } catch (refused) {
      pay.disabled = false;
      error.textContent = unreachable(refused) ? t.offline : refusal(t, refused);
      buyer.focus();
    }
  });
  show(h('h2', { id: 'giftShopTitle' }, t.title(venue.name)), h('p', {}, t.intro),
    cancelled ? h('p', { class: 'notice', id: 'message' }, t.cancelled) : null, form);
}

function refusal(t, error) {
  if (!(error instanceof ApiError)) return error.message;
  if (error.status === 400) return t.checkEmails;
  return error.code === 'PAYMENT_UNAVAILABLE' ? t.unavailable : error.message;
}

/** Back from the payment page: the card once the payment notice is in (asked every 1.5 s for a minute). */
async function bought(t, key, checkout) {
  for (let attempt = 0; attempt < 40; attempt++) {
    const card = await call(`/gift-card-checkouts/${encodeURIComponent(checkout)}`);
    if (card.status === 'PAID') {
      show(h('h2', { id: 'giftCardBought', tabindex: '-1', 'data-autofocus': true }, t.thanks),
        h('p', {}, t.mailed(money(card.amount, card.currency, locale), card.mailedTo)),
        h('p', {}, t.code, ' ', h('strong', { id: 'boughtCode' }, card.code)),
        h('a', { class: 'button', id: 'bookWithIt', href: `/embed?widget=calendar&key=${encodeURIComponent(key)}` }, t.book));
      return;
    }
    show(h('p', { role: 'status', id: 'message' }, t.pending));
    await new Promise((resolve) => setTimeout(resolve, 1500));
  }
  root.append(h('p', { class: 'notice', id: 'slow' }, t.slow));
}
