// The hold: its timer, confirming or paying, and the booking as confirmed.
import { api, ApiError } from './api.js';
import { messages as t, locale } from './messages.js';
import { h } from './dom.js';
import { timeOf, longDate, money, countdown } from './time.js';
import { bookingSummary, calendarLink, manageLink } from './confirmation.js';
import { untilReachable, unreachable } from './reach.js';
import { categories } from './selling.js';
import { root, state, show, fail } from './screen.js';
import { toSlots } from './slots.js';

export function renderHold() {
  state.step = 'held';
  const hold = state.hold;
  const activity = state.activities.get(state.chosen.activityId);
  // Nothing left to pay: confirmed directly.
  const prepaid = activity.paymentMode === 'PREPAY' && hold.amountDue > 0;
  const payOnline = prepaid && activity.onlinePayment;
  const timer = h('strong', { id: 'countdown', 'aria-live': 'off' }, countdown(remaining()));
  const held = h('p', { class: remaining() < 120_000 ? 'held ending' : 'held', role: 'timer', id: 'heldTimer', 'aria-label': heldLabel(remaining()) }, t.heldFor(''), timer);
  const lastMinute = h('p', { class: 'visually-hidden', role: 'status', id: 'lastMinute' });
  show(
    h('h2', {}, `${activity.name} · ${longDate(state.date, locale)} · ${timeOf(state.chosen.startTime, state.zone, locale)}`),
    held,
    lastMinute,
    hold.tickets ? h('p', { id: 'heldTickets' }, hold.tickets.map((k) =>
      `${k.count} × ${categories(activity).find((c) => c.code === k.category)?.name ?? k.category}`).join(', ')) : null,
    ...amounts(hold),
    hold.amountDue > 0 && !hold.giftCardAmount
      ? h('button', { type: 'button', class: 'ghost', id: 'useGiftCard', onclick: useGiftCard }, t.useGiftCard) : null,
    prepaid && !payOnline ? h('p', { class: 'notice', id: 'payUnavailable' }, t.payUnavailable) : null,
    h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'ghost', id: 'cancelHold', onclick: cancelHold }, t.cancel),
      prepaid
        ? h('button', { type: 'button', id: 'payNow', disabled: !payOnline, 'data-autofocus': payOnline, onclick: payNow }, t.payNow)
        : h('button', { type: 'button', id: 'confirmButton', 'data-autofocus': true, onclick: confirmHold }, t.confirm)));
  clearInterval(state.ticker);
  state.ticker = setInterval(() => {
    const left = remaining();
    timer.textContent = countdown(left);
    // Screen readers get the time in minutes as it changes, and one spoken warning in the last minute.
    const label = heldLabel(left);
    if (held.getAttribute('aria-label') !== label) held.setAttribute('aria-label', label);
    held.classList.toggle('ending', left < 120_000);
    if (underAMinute(left) && !lastMinute.textContent) lastMinute.textContent = t.heldUnderAMinute;
    if (left <= 0) expire();
  }, 250);
}

/** The price, less a promo code and a gift card. */
function amounts(hold) {
  const m = (amount) => money(amount, hold.currency, locale);
  return [h('p', { id: 'heldPrice' }, t.price(m(hold.amount))),
    hold.discount ? h('p', { id: 'heldDiscount' }, t.discount(hold.promoCode, m(hold.discount))) : null,
    hold.giftCardAmount ? h('p', { id: 'heldGiftCard' }, t.giftCardPaid(m(hold.giftCardAmount))) : null,
    hold.amountDue < hold.amount ? h('p', { id: 'heldDue', class: 'due' }, t.toPay(m(hold.amountDue))) : null];
}

/** The gift card field: loaded only for customers with a card. */
function useGiftCard(event) {
  import('./giftcard.js').then(({ giftCardForm }) => giftCardForm(state.hold, (paid) => { state.hold = paid; renderHold(); }))
    .then((form) => {
      event.target.replaceWith(form);
      root.querySelector('#giftCardCode').focus();
    }, fail);
}

/** Once the countdown shows 0:59 (it rounds up to whole seconds, as the label does to whole minutes). */
function underAMinute(left) {
  return Math.ceil(left / 1000) < 60;
}

function heldLabel(left) {
  return underAMinute(left) ? t.heldUnderAMinute : t.heldMinutes(Math.ceil(left / 60_000));
}

function remaining() {
  return new Date(state.hold.expiresAt).getTime() - Date.now() - state.skew;
}

export async function cancelHold() {
  clearInterval(state.ticker);
  const hold = state.hold;
  state.hold = null;
  state.chosen = null;
  await api.release(hold).catch(() => {});
  await toSlots();
}

function expire() {
  state.step = 'expired';
  clearInterval(state.ticker);
  state.hold = null;
  state.chosen = null;
  show(h('p', { class: 'notice', role: 'alert', id: 'message' }, t.expired),
    h('button', { type: 'button', id: 'startAgain', 'data-autofocus': true,
      onclick: toSlots }, t.startAgain));
}

async function confirmHold() {
  const button = root.querySelector('#confirmButton');
  button.disabled = true;
  const hold = state.hold;
  const actions = root.querySelector('.actions');
  let lostAnAnswer = false;
  try {
    const booking = await untilReachable(() => api.confirm(hold, hold.customerName, hold.phone || null), {
      waiting: (notice) => {
        lostAnAnswer = true;
        root.querySelector('#offline')?.remove();
        actions.before(notice);
      },
      reached: () => root.querySelector('#offline')?.remove(),
      stillWanted: () => state.step === 'held' && state.hold === hold,
    });
    booked(booking.bookingNumber, booking);
  } catch (error) {
    if (error instanceof ApiError && error.code === 'HOLD_EXPIRED') {
      expire();
      return;
    }
    // A confirmation whose answer was lost may have gone through: the hold says so.
    const now = lostAnAnswer ? await api.read(hold).catch(() => null) : null;
    if (now && now.status === 'CONFIRMED' && now.bookingNumber) booked(now.bookingNumber);
    else fail(error);
  }
}

function booked(bookingNumber, booking) {
  clearInterval(state.ticker);
  const whatToBring = state.activities.get(state.chosen?.activityId)?.whatToBring;
  state.step = 'done';
  state.hold = null;
  state.chosen = null;
  show(h('h2', { id: 'confirmed', tabindex: '-1', 'data-autofocus': true }, t.confirmed),
    h('p', {}, t.bookingNumber(''), h('strong', { id: 'bookingNumber' }, bookingNumber)),
    booking ? bookingSummary(booking, state.zone, whatToBring) : null,
    booking ? manageLink(booking) : null,
    booking ? calendarLink(booking, whatToBring) : null,
    h('button', { type: 'button', id: 'bookAnother', onclick: toSlots }, t.bookAnother));
}

/** Prepaid: on to Stripe's payment page; Stripe sends the customer back to paid.js. */
async function payNow() {
  const button = root.querySelector('#payNow');
  button.disabled = true;
  button.textContent = t.paying;
  try {
    const page = await api.checkout(state.hold);
    try {
      // The payment page cannot be shown inside a frame: the whole tab goes there.
      window.top.location.assign(page.url);
    } catch (blocked) {
      window.open(page.url, '_blank', 'noopener');
      root.querySelector('.actions').after(h('p', { class: 'notice', id: 'message' }, t.payInNewTab));
    }
  } catch (error) {
    button.disabled = false;
    button.textContent = t.payNow;
    if (error instanceof ApiError && error.code === 'HOLD_EXPIRED') expire();
    else root.querySelector('.actions').after(h('p', { class: 'notice', role: 'alert', id: 'message' },
      unreachable(error) ? t.offline : error.message));
  }
}
