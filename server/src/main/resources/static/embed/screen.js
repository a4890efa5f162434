// What every screen of the widget shares: its element, the booking in progress, and how a screen is put up.
import { ApiError } from './api.js';
import { messages as t } from './messages.js';
import { h } from './dom.js';

export const root = document.getElementById('widget');

export const state = {
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
export function show(...children) {
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

export function fail(error) {
  const missing = error instanceof ApiError && error.status === 404;
  show(h('p', { class: 'notice', role: 'alert', id: 'message' }, missing ? t.notFound : t.failed),
    missing ? null : h('button', { type: 'button', id: 'retry', onclick: () => location.reload() }, t.tryAgain));
}
