// Manage my booking: the page the link in a customer's mail opens. It shows the booking, cancels
// it (saying first what comes back) and moves it to another time of the same activity, through
// the public API with the link's secret token. The token never leaves this page but in that header.
import { api, ApiError } from './api.js';
import { messages as t, locale } from './messages.js';
import { h } from './dom.js';
import { todayIn, addDays, timeOf, longDate, money } from './time.js';

const params = new URLSearchParams(location.search);
const number = params.get('booking') || '';
const token = params.get('token') || '';
const root = document.getElementById('manage');
// The token stays out of the address bar (and so out of history and screenshots) once read.
history.replaceState(null, '', `${location.pathname}?booking=${encodeURIComponent(number)}`);

const state = { booking: null, choosing: false, confirmingCancel: false, date: null, sessions: [], note: '' };

function show(...children) {
  root.replaceChildren(...children);
  root.querySelector('[data-autofocus]')?.focus();
}

function problem(error) {
  if (error instanceof ApiError && error.status === 404) return t.manageNotFound;
  if (error instanceof ApiError && error.status < 500 && error.message) return error.message;
  return t.failed;
}

function dayOf(instant, zone) {
  return new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(new Date(instant));
}

function details(b) {
  const zone = b.venueTimezone;
  const rows = [
    [t.manageWhat, b.activityName],
    [t.manageWhen, `${longDate(dayOf(b.startTime, zone), locale)} · ${timeOf(b.startTime, zone, locale)}–${timeOf(b.endTime, zone, locale)}`],
    [t.managePeople, String(b.partySize)],
    [t.manageWhere, [b.venueName, b.venueAddress].filter(Boolean).join(', ')],
  ];
  if (b.amountPaid > 0) rows.push([t.managePaid, money(b.amountPaid, b.currency, locale)]);
  return h('dl', { class: 'details' }, ...rows.flatMap(([term, value]) => [h('dt', {}, term), h('dd', {}, value)]));
}

function render() {
  const b = state.booking;
  const cancelled = b.status === 'CANCELLED';
  const parts = [
    h('h1', { id: 'bookingTitle', tabindex: '-1', 'data-autofocus': true }, t.manageTitle(b.bookingNumber)),
    h('p', { id: 'bookingStatus', class: cancelled ? 'problem' : 'muted', role: 'status' }, cancelled ? t.manageCancelled : t.manageConfirmed),
    details(b),
  ];
  if (state.note) parts.push(h('p', { id: 'manageNote', role: 'status' }, state.note));
  if (!cancelled && b.status === 'CONFIRMED' && new Date(b.cancellableUntil) > new Date()) {
    parts.push(state.confirmingCancel ? cancelPanel(b) : h('div', { class: 'actions' },
      b.reschedulable ? h('button', { id: 'chooseOtherTime', type: 'button', onclick: () => chooseTime() }, t.manageMove) : '',
      h('button', { id: 'cancelBooking', type: 'button', class: 'secondary', onclick: () => { state.confirmingCancel = true; render(); } },
        t.manageCancel)));
  }
  if (state.choosing) parts.push(timePanel(b));
  const contact = [b.venuePhone, b.venueEmail].filter(Boolean).join(' · ');
  if (contact) parts.push(h('p', { class: 'muted' }, t.manageContact(b.venueName, contact)));
  show(...parts);
}

function cancelPanel(b) {
  return h('div', { id: 'cancelPanel', class: 'card', role: 'group', 'aria-labelledby': 'cancelQuestion' },
    h('p', { id: 'cancelQuestion' }, b.refundOnCancel > 0
      ? t.manageCancelRefund(money(b.refundOnCancel, b.currency, locale))
      : t.manageCancelNoRefund),
    h('button', { id: 'confirmCancel', type: 'button', 'data-autofocus': true, onclick: async (e) => {
      e.target.disabled = true;
      try {
        state.booking = await api.manageCancel(number, token);
        state.note = '';
      } catch (error) {
        state.note = problem(error);
      }
      state.confirmingCancel = false;
      render();
    } }, t.manageCancelYes),
    h('button', { type: 'button', class: 'secondary', onclick: () => { state.confirmingCancel = false; render(); } }, t.manageKeep));
}

async function chooseTime(date) {
  const b = state.booking;
  state.choosing = true;
  state.date = date || state.date || dayOf(b.startTime, b.venueTimezone);
  try {
    state.sessions = await api.activityDay(b.activityId, state.date);
  } catch (error) {
    state.sessions = [];
    state.note = problem(error);
  }
  render();
}

function timePanel(b) {
  const today = todayIn(b.venueTimezone);
  const free = state.sessions.filter((s) => s.status === 'OPEN' && s.capacityRemaining >= b.partySize
    && new Date(s.startTime) > new Date() && s.startTime !== b.startTime);
  return h('section', { id: 'timePanel', 'aria-labelledby': 'timeHeading' },
    h('h2', { id: 'timeHeading' }, t.manageChooseTime),
    h('div', { class: 'day-nav' },
      h('button', { id: 'previousDay', type: 'button', disabled: state.date <= today, onclick: () => chooseTime(addDays(state.date, -1)) }, t.previousDay),
      h('span', { id: 'shownDay' }, longDate(state.date, locale)),
      h('button', { id: 'nextDay', type: 'button', onclick: () => chooseTime(addDays(state.date, 1)) }, t.nextDay)),
    free.length === 0 ? h('p', { class: 'muted' }, t.noSlots)
      : h('ul', { class: 'slots', role: 'list' }, ...free.map((s) => h('li', {},
        h('button', { type: 'button', 'data-session': s.id, onclick: (e) => move(e.target, s) },
          timeOf(s.startTime, b.venueTimezone, locale))))));
}

async function move(button, session) {
  button.disabled = true;
  try {
    state.booking = await api.manageReschedule(number, token, session.id);
    state.choosing = false;
    state.note = t.manageMoved;
  } catch (error) {
    state.note = error instanceof ApiError && error.code === 'INSUFFICIENT_CAPACITY' ? t.taken : problem(error);
  }
  render();
}

async function start() {
  try {
    state.booking = await api.manage(number, token);
    render();
  } catch (error) {
    show(h('p', { id: 'manageProblem', class: 'problem', role: 'alert' }, problem(error)));
  }
}

start();
