// The month at a glance: which days have times free, which are sold out, which have none.
import { messages as t, locale } from './messages.js';
import { h } from './dom.js';
import { addDays, longDate } from './time.js';

/** The month (YYYY-MM) a date (YYYY-MM-DD) is in. */
export function monthOf(isoDate) {
  return isoDate.slice(0, 7);
}

/** The first and last date of a month. */
export function monthRange(month) {
  const first = `${month}-01`;
  const next = new Date(`${first}T12:00:00Z`);
  next.setUTCMonth(next.getUTCMonth() + 1);
  return { first, last: addDays(next.toISOString().slice(0, 10), -1) };
}

/** The month before or after. */
export function shiftMonth(month, months) {
  const d = new Date(`${month}-01T12:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 7);
}

/** The first day of the week where the customer lives (1 Monday ... 7 Sunday); Monday where the browser cannot say. */
function firstDayOfWeek() {
  try {
    const info = new Intl.Locale(locale);
    return (info.getWeekInfo?.() ?? info.weekInfo)?.firstDay ?? 1;
  } catch (unknown) {
    return 1;
  }
}

/** The month's dates in weeks of seven, null where a week runs into the month before or after. */
export function weeksOf(month, firstDay = firstDayOfWeek()) {
  const { first, last } = monthRange(month);
  const weekday = (iso) => new Date(`${iso}T12:00:00Z`).getUTCDay() || 7;
  const cells = Array((weekday(first) - firstDay + 7) % 7).fill(null);
  for (let day = first; day <= last; day = addDays(day, 1)) cells.push(day);
  while (cells.length % 7) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, i) => cells.slice(i * 7, i * 7 + 7));
}

/**
 * Per day, how many of its sessions can be booked and how many it has: `bookable(session)` says
 * whether one can. Sessions are counted under their `day` (a night past midnight under its evening).
 */
export function summarize(sessions, bookable) {
  const days = new Map();
  for (const session of sessions) {
    const day = session.day ?? session.startTime.slice(0, 10);
    const count = days.get(day) ?? { open: 0, all: 0 };
    count.all += 1;
    if (bookable(session)) count.open += 1;
    days.set(day, count);
  }
  return days;
}

/**
 * The month's grid. Each day is a button saying what it has ("Friday 4 December, sold out");
 * days gone by and days without times cannot be chosen. `summary` is null while not yet known;
 * `focusChosen` puts focus on the chosen day (coming back from a booking).
 */
export function monthGrid({ month, chosen, today, summary, choose, turn, focusChosen = false }) {
  const weekdays = weeksOf(month)[1].map((day) => new Date(`${day}T12:00:00Z`));
  const name = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', month: 'long', year: 'numeric' })
    .format(new Date(`${month}-01T12:00:00Z`));
  const weekdayName = (date, width) => new Intl.DateTimeFormat(locale, { timeZone: 'UTC', weekday: width }).format(date);
  const cell = (day) => {
    if (!day) return h('td', {});
    const count = summary?.get(day);
    const state = !summary ? 'unknown' : !count ? 'none' : count.open > 0 ? 'open' : 'soldout';
    const what = state === 'open' ? t.dayOpen(count.open) : state === 'soldout' ? t.daySoldOut : state === 'none' ? t.dayNone : null;
    return h('td', {}, h('button', {
      type: 'button', class: `date ${state}`, 'data-day': day,
      disabled: day < today || state === 'none',
      'aria-pressed': day === chosen ? 'true' : 'false',
      'data-autofocus': focusChosen && day === chosen ? true : null,
      'aria-label': what ? `${longDate(day, locale)}, ${what}` : longDate(day, locale),
      onclick: () => choose(day),
    }, String(Number(day.slice(8)))));
  };
  return h('div', { class: 'month', id: 'month' },
    h('div', { class: 'month-nav' },
      h('button', { type: 'button', class: 'ghost', id: 'previousMonth', 'aria-label': t.previousMonth,
        disabled: month <= monthOf(today), onclick: () => turn(-1) }, '‹'),
      h('h2', { id: 'monthName', 'aria-live': 'polite' }, name),
      h('button', { type: 'button', class: 'ghost', id: 'nextMonth', 'aria-label': t.nextMonth, onclick: () => turn(1) }, '›')),
    h('table', { 'aria-labelledby': 'monthName' },
      h('thead', {}, h('tr', {}, weekdays.map((d) => h('th', { scope: 'col', abbr: weekdayName(d, 'long') }, weekdayName(d, 'narrow'))))),
      h('tbody', {}, weeksOf(month).map((week) => h('tr', {}, week.map(cell))))),
    h('p', { class: 'legend muted' },
      h('span', { class: 'mark open', 'aria-hidden': 'true' }), t.legendOpen, ' ',
      h('span', { class: 'mark soldout', 'aria-hidden': 'true' }), t.daySoldOut));
}
