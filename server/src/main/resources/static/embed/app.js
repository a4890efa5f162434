// The booking widget: pick a day, a time, a party size, hold for ten minutes, confirm.
import { api, ApiError } from './api.js';
import { messages as t, locale, useVenueLanguage } from './messages.js';
import { h, debounce } from './dom.js';
import { todayIn, addDays, timeOf, longDate, money, countdown, dayIn } from './time.js';
import { bookingSummary, calendarLink, manageLink } from './confirmation.js';
import { monthGrid, monthOf, monthRange, shiftMonth, summarize } from './month.js';
import { untilReachable, unreachable } from './reach.js';
import { isPrivate, categories, priceLine, partyChoices, ticketsTotal } from './selling.js';

const params = new URLSearchParams(location.search);
const root = document.getElementById('widget');
const accent = params.get('accent');
if (accent && /^#[0-9a-fA-F]{3,8}$/.test(accent)) document.documentElement.style.setProperty('--accent', accent);

const state = {
  zone: 'UTC',
  embedKey: null,
  activities: new Map(),
  singleActivity: null,
  date: null,
  sessions: [],
  // The month on show and, per day, how many of its times can be booked (null until known).
  month: null,
  summary: null,
  summaryMonth: null,
  chosen: null,
  hold: null,
  skew: 0,
  ticker: null,
  notice: null,
  // Which screen is up: live updates redraw the slots only while the customer is choosing one.
  step: 'slots',
  // The hold request on its way and its Idempotency-Key: a retry of the same request reuses both.
  holdRequest: null,
  holdKey: null,
};

/**
 * Replaces the screen. Focus goes to the field the screen asks for, else stays on the control the
 * customer used (a redraw of the same screen), else to the screen's first control: never to the page.
 */
function show(...children) {
  const before = document.activeElement;
  const again = before && root.contains(before)
    ? (before.id ? `#${CSS.escape(before.id)}` : before.dataset.session ? `[data-session="${before.dataset.session}"]`
      : before.dataset.day ? `[data-day="${before.dataset.day}"]` : null) : null;
  root.replaceChildren(...children.filter((child) => child !== null && child !== undefined));
  const usable = (element) => (element && !element.disabled ? element : null);
  const focus = usable(root.querySelector('[data-autofocus]')) ?? usable(again && root.querySelector(again))
    ?? (before && root.contains(before) ? null : root.querySelector('button:not([disabled]), input, select, a[href]'));
  if (focus && !focus.disabled) focus.focus();
}

function fail(error) {
  const missing = error instanceof ApiError && error.status === 404;
  show(h('p', { class: 'notice', role: 'alert', id: 'message' }, missing ? t.notFound : t.failed),
    missing ? null : h('button', { type: 'button', id: 'retry', onclick: () => location.reload() }, t.tryAgain));
}

async function start() {
  try {
    const widget = params.get('widget');
    if (widget === 'paid' && params.get('checkout')) {
      await renderPaid(params.get('checkout'));
      return;
    }
    await untilReachable(() => openWidget(widget), { waiting: (notice) => show(notice) });
    listen();
  } catch (error) {
    fail(error);
  }
}

async function openWidget(widget) {
  if (widget === 'singlegame' && params.get('activityId')) {
    const activity = await api.activity(params.get('activityId'));
    state.singleActivity = activity;
    state.activities.set(activity.id, activity);
    state.zone = activity.venueTimezone;
    state.embedKey = activity.venueEmbedKey;
    state.phone = activity.venuePhone;
    await useVenueLanguage(activity.venueDefaultLocale);
  } else if (widget === 'calendar' && params.get('key')) {
    const venue = await api.venue(params.get('key'));
    venue.activities.forEach((a) => state.activities.set(a.id, a));
    state.zone = venue.timezone;
    state.embedKey = params.get('key');
    state.phone = venue.phone;
    await useVenueLanguage(venue.defaultLocale);
  } else {
    throw new ApiError(404);
  }
  state.date = state.singleActivity ? await firstDayWithTimes(state.singleActivity) : todayIn(state.zone);
  state.month = monthOf(state.date);
  await loadDay();
}

/** The first day from today with a time that can still be booked, within four weeks; else today. */
async function firstDayWithTimes(activity) {
  const today = todayIn(state.zone);
  const sessions = await api.activityRange(activity.id, today, addDays(today, 27));
  const first = sessions.find((s) => bookableNow(s, activity) && payableOnline(activity));
  return first ? first.day ?? dayIn(first.startTime, state.zone) : today;
}

/** Open, with room for the smallest party, and not begun. */
function bookableNow(session, activity) {
  return session.status === 'OPEN' && session.capacityRemaining >= activity.minPartySize && new Date(session.startTime) > new Date();
}

/** Shows the chosen day's times; while the server is out of reach, says so over the times on show and keeps trying. */
function showDay() {
  const date = state.date;
  return untilReachable(loadDay, {
    waiting: (notice) => {
      root.querySelector('#offline')?.remove();
      root.prepend(notice);
    },
    stillWanted: () => state.step === 'slots' && state.date === date,
  }).catch(fail);
}

/** A prepaid activity can be booked here only where online payment works. */
function payableOnline(activity) {
  return activity.paymentMode !== 'PREPAY' || activity.onlinePayment;
}

/** The chosen day's times and, when it is not known yet or may have changed, the month's summary. */
async function loadDay(monthChanged = false) {
  const [sessions] = await Promise.all([
    state.singleActivity ? api.activityDay(state.singleActivity.id, state.date) : api.venueDay(state.embedKey, state.date),
    // Without the month's marks the times still show: the marks come with the next refresh.
    monthChanged || state.summaryMonth !== state.month ? loadMonth().catch(() => {}) : null,
  ]);
  state.sessions = sessions.filter((s) => state.activities.has(s.activityId));
  if (state.step === 'slots') renderSlots();
}

/** Which days of the month on show have times to book (until it is read, its days show unmarked). */
async function loadMonth() {
  const month = state.month;
  const { first, last } = monthRange(month);
  const lists = await Promise.all([...state.activities.keys()].map((id) => api.activityRange(id, first, last)));
  if (state.month !== month) return;
  state.summary = summarize(lists.flat(), (s) => {
    const activity = state.activities.get(s.activityId);
    return bookableNow(s, activity) && payableOnline(activity);
  });
  state.summaryMonth = month;
}

/** Another month in the grid; the chosen day stays until the customer picks one. Out of reach: says so and keeps trying. */
async function turnMonth(months) {
  const month = shiftMonth(state.month, months);
  state.month = month;
  renderSlots();
  const stillWanted = () => state.step === 'slots' && state.month === month;
  try {
    await untilReachable(loadMonth, {
      waiting: (notice) => {
        root.querySelector('#offline')?.remove();
        root.prepend(notice);
      },
      stillWanted,
    });
  } catch (refused) {
    // A month the server will not give (beyond what it lists) stays unmarked.
  }
  if (stillWanted()) renderSlots();
}

function chooseDay(day) {
  state.date = day;
  state.month = monthOf(day);
  state.notice = null;
  showDay();
}

function listen() {
  const refresh = debounce(() => loadDay(true).catch(() => {}), 500);
  const source = api.events(state.embedKey);
  ['session.updated', 'activity.updated', 'resync'].forEach((type) => source.addEventListener(type, refresh));
  let dropped = false;
  // Whether live updates are flowing, on the widget's element (for styling, and for tests to wait on).
  source.addEventListener('error', () => { dropped = true; root.dataset.live = 'reconnecting'; });
  source.addEventListener('open', () => { if (dropped) refresh(); dropped = false; root.dataset.live = 'connected'; });
}

function renderSlots() {
  const today = todayIn(state.zone);
  const month = monthGrid({ month: state.month, chosen: state.date, today, summary: state.summaryMonth === state.month ? state.summary : null,
    choose: chooseDay, turn: turnMonth, focusChosen: state.focusDay });
  state.focusDay = false;
  const picker = h('div', { class: 'day' },
    h('button', { type: 'button', class: 'ghost', id: 'previousDay', 'aria-label': t.previousDay, disabled: state.date <= today,
      onclick: () => changeDay(-1) }, '‹'),
    h('h2', { id: 'date', 'data-day': state.date }, longDate(state.date, locale)),
    h('button', { type: 'button', class: 'ghost', id: 'nextDay', 'aria-label': t.nextDay,
      onclick: () => changeDay(1) }, '›'));
  const slots = state.sessions.length === 0
    ? h('p', { class: 'muted', id: 'noSlots' }, t.noSlots)
    : h('ul', { class: 'slots', role: 'list', 'aria-label': longDate(state.date, locale) },
      state.sessions.map((s) => slotItem(s)));
  // Said before any time is chosen: a prepaid activity without online payment is booked with the venue.
  const unpayable = [...state.activities.values()].filter((a) => !payableOnline(a));
  const payNotice = unpayable.length === 0 ? null : h('p', { class: 'notice', id: 'payUnavailable' },
    state.singleActivity ? t.payUnavailable : unpayable.map((a) => t.payUnavailableFor(a.name)).join(' '));
  show(
    state.singleActivity ? h('h1', {}, state.singleActivity.name) : null,
    state.singleActivity ? activityInfo(state.singleActivity) : null,
    state.notice ? h('p', { class: 'notice', role: 'status', id: 'message' }, state.notice) : null,
    payNotice,
    state.singleActivity ? null : h('ul', { class: 'activities', role: 'list', id: 'activities' },
      [...state.activities.values()].map((a) => h('li', {}, h('h2', {}, a.name), activityInfo(a)))),
    month,
    picker,
    h('p', { class: 'muted zone' }, t.times(state.zone)),
    slots);
}

/** What a customer wants to know before choosing a time: picture, length, price, description. */
function activityInfo(activity) {
  return h('div', { class: 'activity', 'data-activity': activity.id },
    activity.imageUrl ? h('img', { src: activity.imageUrl, alt: '', loading: 'lazy' }) : null,
    h('p', { class: 'facts' }, `${t.minutes(activity.durationMinutes)} · `,
      h('span', { class: 'price' }, priceLine(activity, locale))),
    activity.description ? h('p', { class: 'muted description' }, activity.description) : null);
}

function slotItem(session) {
  const activity = state.activities.get(session.activityId);
  const open = bookableNow(session, activity);
  const bookable = open && payableOnline(activity);
  const free = isPrivate(activity) ? t.privateRoom(activity.minPartySize, activity.maxPartySize) : t.left(session.capacityRemaining);
  const started = new Date(session.startTime) <= new Date();
  const label = session.status !== 'OPEN' ? t.blocked : started ? t.started
    : !open ? (isPrivate(activity) ? t.booked : t.full) : bookable ? free : t.bookWithVenue;
  return h('li', {},
    // Named by what it shows (time, activity, places), one line each: what a screen reader says is what is seen.
    h('button', { type: 'button', class: 'slot', 'data-session': session.id, disabled: !bookable,
      onclick: () => chooseSlot(session) },
      h('span', { class: 'time' }, timeOf(session.startTime, state.zone, locale)),
      state.singleActivity ? null : h('span', { class: 'name' }, activity.name),
      h('span', { class: bookable ? 'left' : 'left none' }, label)));
}

/** Back to choosing a time (after a booking, a cancellation or an expired hold): focus goes to the chosen day. */
function toSlots() {
  state.step = 'slots';
  state.focusDay = true;
  return showDay();
}

function changeDay(days) {
  const next = addDays(state.date, days);
  if (next < todayIn(state.zone)) return;
  state.date = next;
  state.month = monthOf(next);
  state.notice = null;
  showDay();
}

function chooseSlot(session) {
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
  const request = { sessionId: chosen.id, partySize: party.partySize, email: String(form.get('email')).trim(), tickets: party.tickets };
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

function renderHold() {
  state.step = 'held';
  const hold = state.hold;
  const activity = state.activities.get(state.chosen.activityId);
  const prepaid = activity.paymentMode === 'PREPAY';
  const payOnline = prepaid && activity.onlinePayment;
  const timer = h('strong', { id: 'countdown', 'aria-live': 'off' }, countdown(remaining()));
  const held = h('p', { class: 'held', role: 'timer', id: 'heldTimer', 'aria-label': heldLabel(remaining()) }, t.heldFor(''), timer);
  const lastMinute = h('p', { class: 'visually-hidden', role: 'status', id: 'lastMinute' });
  show(
    h('h2', {}, `${activity.name} · ${longDate(state.date, locale)} · ${timeOf(state.chosen.startTime, state.zone, locale)}`),
    held,
    lastMinute,
    hold.tickets ? h('p', { id: 'heldTickets' }, hold.tickets.map((k) =>
      `${k.count} × ${categories(activity).find((c) => c.code === k.category)?.name ?? k.category}`).join(', ')) : null,
    h('p', {}, t.price(money(hold.amount, hold.currency, locale))),
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

async function cancelHold() {
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

/** Prepaid: on to Stripe's payment page; Stripe sends the customer back to renderPaid. */
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

/** Back from the payment page: the booking once the payment notice is in (asked every 1.5 s for a minute). */
async function renderPaid(checkoutId) {
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

// Browser Back from a step returns to the times instead of leaving the widget (a hold is let go).
window.addEventListener('popstate', () => {
  if (state.step === 'details') {
    state.chosen = null;
    toSlots();
  } else if (state.step === 'held') {
    cancelHold();
  }
});

// Tell an embedding page how tall the widget is, so its iframe needs no scrollbar.
new ResizeObserver(() => {
  parent.postMessage({ type: 'slotwise:resize', height: document.documentElement.scrollHeight }, '*');
}).observe(document.documentElement);

start();
