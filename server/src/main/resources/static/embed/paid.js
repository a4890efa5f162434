// After the payment page: the booking once the payment notice is in. Loaded only on the page Stripe returns to.
import { api, ApiError } from './api.js';
import { messages as t, locale } from './messages.js';
import { h } from './dom.js';
import { timeOf, longDate } from './time.js';
import { show } from './screen.js';

/** Back from the payment page (?checkout=…): the booking once the payment notice is in (asked every 1.5 s for a minute). */
export async function render(params) {
  const checkoutId = params.get('checkout');
  if (!checkoutId) throw new ApiError(404);
  for (let attempt = 0; attempt < 40; attempt++) {
    const paid = await api.checkoutStatus(checkoutId);
    if (paid.status === 'BOOKED') {
      const when = `${longDate(paid.startTime.slice(0, 10), locale)} · ${timeOf(paid.startTime, paid.venueTimezone, locale)}`;
      show(h('h2', { id: 'confirmed' }, t.confirmed),
        h('p', {}, `${paid.activityName} · ${when}`),
        h('p', {}, t.bookingNumber(''), h('strong', { id: 'bookingNumber' }, paid.bookingNumber)),
        bookAgain(paid));
      return;
    }
    if (paid.status === 'REFUNDED' || paid.status === 'ENDED') {
      show(h('p', { class: 'notice', role: 'alert', id: 'message' }, paid.status === 'REFUNDED' ? t.paidRefunded : t.paidEnded),
        bookAgain(paid));
      return;
    }
    show(h('p', { role: 'status', id: 'message' }, t.paidPending));
    await new Promise((resolve) => setTimeout(resolve, 1500));
  }
  show(h('p', { class: 'notice', role: 'status', id: 'message' }, t.paidSlow));
}

function bookAgain(paid) {
  return h('a', { class: 'button', id: 'bookAnother', href: `/embed?widget=calendar&key=${encodeURIComponent(paid.venueEmbedKey)}` },
    t.bookAnother);
}
