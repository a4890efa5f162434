// The confirmation: what was booked, and the booking as a file for the customer's own calendar.
import { h } from './dom.js';
import { messages as t, locale } from './messages.js';
import { timeOf, longDate, money, dayIn } from './time.js';

/** Where the customer changes or cancels the booking (the link their mail has too); null without its secret. */
export function manageAddress(b) {
  return b.manageToken
    ? `${location.origin}/manage?booking=${encodeURIComponent(b.bookingNumber)}&token=${encodeURIComponent(b.manageToken)}` : null;
}

/** What was booked, when, for whom, for how much (less a promo code, and a gift card's part), and what to bring (the activity's own words). */
export function bookingSummary(b, zone, whatToBring) {
  const when = `${longDate(dayIn(b.startTime, zone), locale)} · ${timeOf(b.startTime, zone, locale)}–${timeOf(b.endTime, zone, locale)}`;
  const rows = [
    [t.manageWhat, b.activityName],
    [t.manageWhen, when],
    [t.managePeople, `${t.people(b.partySize)}${b.customer?.name ? ` · ${b.customer.name}` : ''}`],
    b.discount ? [t.promoDiscount, `−${money(b.discount, b.currency, locale)}`] : null,
    [t.total, money(b.totalAmount, b.currency, locale)],
    b.giftCardAmount ? [t.giftCard, `−${money(b.giftCardAmount, b.currency, locale)}`] : null,
    whatToBring ? [t.whatToBring, whatToBring] : null,
  ].filter(Boolean);
  return h('dl', { class: 'summary', id: 'bookingSummary' }, rows.flatMap(([term, value]) => [h('dt', {}, term), h('dd', {}, value)]));
}

/** The link to change or cancel the booking, in a tab of its own (the widget may be inside another site). */
export function manageLink(b) {
  const address = manageAddress(b);
  return address ? h('p', {}, h('a', { id: 'manageLink', href: address, target: '_blank', rel: 'noopener' }, t.manageLink)) : null;
}

/** The booking as an iCalendar file for the customer's own calendar. */
export function calendarLink(b, whatToBring) {
  const stamp = (instant) => new Date(instant).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
  const text = (value) => String(value).replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\n/g, '\\n');
  const description = [t.bookingNumber(b.bookingNumber), whatToBring, manageAddress(b)].filter(Boolean).join('\n');
  const ics = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Slotwise//Booking widget//EN', 'BEGIN:VEVENT',
    `UID:${b.bookingNumber}@slotwise`, `DTSTAMP:${stamp(Date.now())}`, `DTSTART:${stamp(b.startTime)}`, `DTEND:${stamp(b.endTime)}`,
    `SUMMARY:${text(b.activityName)}`, `DESCRIPTION:${text(description)}`, 'END:VEVENT', 'END:VCALENDAR'].join('\r\n');
  return h('p', {}, h('a', { class: 'button ghost', id: 'addToCalendar', download: `${b.bookingNumber}.ics`,
    href: `data:text/calendar;charset=utf-8,${encodeURIComponent(ics)}` }, t.addToCalendar));
}
