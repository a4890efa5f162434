// Choosing a time: the month, the chosen day's times, and live updates of both.
import { api } from './api.js';
import { messages as t, locale } from './messages.js';
import { h, debounce } from './dom.js';
import { todayIn, addDays, timeOf, longDate, dayIn } from './time.js';
import { monthGrid, monthOf, monthRange, shiftMonth, summarize } from './month.js';
import { untilReachable } from './reach.js';
import { isPrivate, priceLine } from './selling.js';
import { root, state, show, fail } from './screen.js';
import { chooseSlot } from './details.js';

/** The first day from today with a time that can still be booked, within four weeks; else today. */
export async function firstDayWithTimes(activity) {
  const today = todayIn(state.zone);
  const sessions = await api.activityRange(activity.id, today, addDays(today, 27));
  const first = sessions.find((s) => bookableNow(s, activity) && payableOnline(activity));
  return first ? first.day ?? dayIn(first.startTime, state.zone) : today;
}

/** Open, with room for the smallest party, and not begun. */
export function bookableNow(session, activity) {
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
export function payableOnline(activity) {
  return activity.paymentMode !== 'PREPAY' || activity.onlinePayment;
}

/** The chosen day's times and, when it is not known yet or may have changed, the month's summary. */
export async function loadDay(monthChanged = false) {
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

export function listen() {
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
export function toSlots() {
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
