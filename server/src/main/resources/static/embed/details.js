// The chosen time's details: the party and who comes; then the hold.
import { api, ApiError } from './api.js';
import { messages as t, locale } from './messages.js';
import { h } from './dom.js';
import { timeOf, longDate, money } from './time.js';
import { untilReachable } from './reach.js';
import { categories, partyChoices, ticketsTotal } from './selling.js';
import { root, state, show, fail } from './screen.js';
import { toSlots } from './slots.js';
import { renderHold } from './held.js';

export function chooseSlot(session) {
  if (state.step === 'slots') history.pushState({ slotwise: 'details' }, '');
  state.step = 'details';
  state.chosen = session;
  state.notice = null;
  const activity = state.activities.get(session.activityId);
  const form = h('form', { id: 'details', onsubmit: (e) => { e.preventDefault(); placeHold(new FormData(e.target)); } },
    h('h2', {}, `${activity.name} · ${longDate(state.date, locale)} · ${timeOf(session.startTime, state.zone, locale)}`),
    h('p', { class: 'muted zone' }, t.times(state.zone)),
    ...partyFields(activity, session),
    h('label', { for: 'email' }, t.email),
    h('input', { id: 'email', name: 'email', type: 'email', required: true, autocomplete: 'email' }),
    h('label', { for: 'name' }, t.name),
    h('input', { id: 'name', name: 'name', required: true, autocomplete: 'name' }),
    h('label', { for: 'phone' }, t.phone),
    h('input', { id: 'phone', name: 'phone', type: 'tel', autocomplete: 'tel' }),
    h('label', { for: 'promoCode' }, t.promoCode),
    h('input', { id: 'promoCode', name: 'promoCode', autocomplete: 'off', autocapitalize: 'characters', spellcheck: 'false',
      maxlength: 40, 'aria-describedby': 'promoCodeError' }),
    h('p', { class: 'field-error', id: 'promoCodeError', role: 'alert' }),
    h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'ghost', id: 'back', onclick: () => { state.chosen = null; toSlots(); } }, t.back),
      h('button', { type: 'submit', id: 'holdButton' }, t.hold)));
  show(form);
}

/** The party: a size with its price, or how many come on each ticket category (with the total as it adds up). */
function partyFields(activity, session) {
  const tickets = categories(activity);
  if (!tickets.length) {
    return [h('label', { for: 'partySize' }, t.partySize),
      h('select', { id: 'partySize', name: 'partySize', 'data-autofocus': true, 'aria-describedby': 'largerGroups' },
        partyChoices(activity, session.capacityRemaining, locale).map((c) => h('option', { value: c.size }, c.label))),
      largerGroups(activity)];
  }
  const total = h('p', { id: 'ticketsTotal', 'aria-live': 'polite' });
  const counts = () => Object.fromEntries(tickets.map((c) => [c.code, Number(root.querySelector(`#ticket-${c.code}`)?.value || 0)]));
  const update = () => {
    const chosen = counts();
    const people = Object.values(chosen).reduce((a, b) => a + b, 0);
    total.textContent = `${t.people(people)} · ${money(ticketsTotal(activity, chosen), activity.currency, locale)}`;
  };
  const most = Math.min(activity.maxPartySize, session.capacityRemaining);
  const fields = tickets.map((c, i) => h('div', { class: 'ticket' },
    h('label', { for: `ticket-${c.code}` }, `${c.name} · ${money(c.price, activity.currency, locale)}`),
    h('input', { id: `ticket-${c.code}`, name: `ticket-${c.code}`, type: 'number', min: 0, max: most, step: 1, inputmode: 'numeric',
      value: i === 0 ? activity.minPartySize : 0, 'data-autofocus': i === 0 ? true : null, oninput: update })));
  queueMicrotask(update);
  return [h('fieldset', { class: 'tickets', id: 'tickets' }, h('legend', {}, t.tickets), ...fields, total), largerGroups(activity)];
}

/** Parties past the activity's largest are booked with the venue: say so up front, with its phone. */
function largerGroups(activity) {
  return h('p', { class: 'muted', id: 'largerGroups' },
    state.phone ? t.largerGroupsCall(activity.maxPartySize, state.phone) : t.largerGroups(activity.maxPartySize));
}

/** The party the form describes: its size and, for ticket categories, the tickets; null when the counts make no party. */
function partyOf(form, activity) {
  const tickets = categories(activity);
  if (!tickets.length) return { partySize: Number(form.get('partySize')), tickets: null };
  const chosen = tickets.map((c) => ({ category: c.code, count: Number(form.get(`ticket-${c.code}`) || 0) }))
    .filter((c) => c.count > 0);
  const size = chosen.reduce((sum, c) => sum + c.count, 0);
  return size >= activity.minPartySize && size <= activity.maxPartySize ? { partySize: size, tickets: chosen } : null;
}

async function placeHold(form) {
  const button = root.querySelector('#holdButton');
  const chosen = state.chosen;
  const activity = state.activities.get(chosen.activityId);
  const party = partyOf(form, activity);
  const details = root.querySelector('#details');
  if (!party) {
    details.querySelector('#message')?.remove();
    details.prepend(h('p', { class: 'notice', role: 'alert', id: 'message' },
      t.ticketsNeeded(activity.minPartySize, activity.maxPartySize), ' ', largerGroups(activity).textContent));
    return;
  }
  button.disabled = true;
  button.textContent = t.holding;
  const promoCode = String(form.get('promoCode') || '').trim();
  const request = { sessionId: chosen.id, partySize: party.partySize, email: String(form.get('email')).trim(), tickets: party.tickets,
    promoCode: promoCode || null };
  details.querySelector('#promoCodeError').textContent = '';
  if (JSON.stringify(request) !== state.holdRequest) {
    // A different request gets a new key; the same one again (a retry, a second click) cannot hold twice.
    state.holdRequest = JSON.stringify(request);
    state.holdKey = crypto.randomUUID();
  }
  try {
    const hold = await untilReachable(() => api.hold(request, state.holdKey, locale), {
      waiting: (notice) => {
        details.querySelector('#offline')?.remove();
        details.prepend(notice);
      },
      reached: () => details.querySelector('#offline')?.remove(),
      stillWanted: () => state.step === 'details' && state.chosen === chosen,
    });
    state.holdRequest = null;
    // The countdown follows the server's clock: the hold lasts until its expiresAt there.
    state.skew = Math.abs(hold.clockSkew ?? 0) > 2000 ? hold.clockSkew : 0;
    state.hold = { ...hold, customerName: String(form.get('name')).trim(), phone: String(form.get('phone') || '').trim() };
    renderHold();
  } catch (error) {
    if (error instanceof ApiError && ['INSUFFICIENT_CAPACITY', 'SESSION_NOT_BOOKABLE', 'RESOURCE_BUSY'].includes(error.code)) {
      state.chosen = null;
      state.notice = t.taken;
      await toSlots();
    } else if (error instanceof ApiError && promoCode && (error.code?.startsWith('PROMO_CODE_') || error.code === 'RATE_LIMITED')) {
      // A code that does not apply is said under its field, kindly and in the customer's language; the rest stays as typed.
      state.holdRequest = null;
      button.disabled = false;
      button.textContent = t.hold;
      details.querySelector('#promoCodeError').textContent = codeRefusal(error.code, promoCode.toUpperCase());
      details.querySelector('#promoCode').focus();
    } else if (error instanceof ApiError && (error.status === 400 || error.code === 'PAYMENT_UNAVAILABLE')) {
      state.holdRequest = null;
      button.disabled = false;
      button.textContent = t.hold;
      details.querySelector('#message')?.remove();
      details.prepend(h('p', { class: 'notice', role: 'alert', id: 'message' }, error.message));
    } else {
      fail(error);
    }
  }
}

/** Why a promo code was refused, as the customer reads it. */
function codeRefusal(code, promoCode) {
  switch (code) {
    case 'PROMO_CODE_UNKNOWN': return t.promoUnknown(promoCode);
    case 'PROMO_CODE_NOT_APPLICABLE': return t.promoNotApplicable(promoCode);
    case 'PROMO_CODE_USED_UP': return t.promoUsedUp(promoCode);
    default: return t.tooManyCodes;
  }
}
