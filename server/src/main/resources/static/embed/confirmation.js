// The confirmation: what was booked, and the booking as a file for the customer's own calendar.
import { h } from './dom.js';
import { messages as t, locale } from './messages.js';
import { timeOf, longDate, money, dayIn } from './time.js';

/** What was booked, when, for whom and for how much. */
export function bookingSummary(b, zone) {
  const when = `${longDate(dayIn(b.startTime, zone), locale)} · ${timeOf(b.startTime, zone, locale)}–${timeOf(b.endTime, zone, locale)}`;
  const rows = [
    [t.manageWhat, b.activityName],
    [t.manageWhen, when],
    [t.managePeople, `${t.people(b.partySize)}${b.customer?.name ? ` · ${b.customer.name}` : ''}`],
    [t.total, money(b.totalAmount, b.currency, locale)],
  ];
  return h('dl', { class: 'summary', id: 'bookingSummary' }, rows.flatMap(([term, value]) => [h('dt', {}, term), h('dd', {}, value)]));
}

/** The booking as an iCalendar file for the customer's own calendar. */
export function calendarLink(b) {
  const stamp = (instant) => new Date(instant).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
  const text = (value) => String(value).replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\n/g, '\\n');
  const ics = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Slotwise//Booking widget//EN', 'BEGIN:VEVENT',
    `UID:${b.bookingNumber}@slotwise`, `DTSTAMP:${stamp(Date.now())}`, `DTSTART:${stamp(b.startTime)}`, `DTEND:${stamp(b.endTime)}`,
    `SUMMARY:${text(b.activityName)}`, `DESCRIPTION:${text(t.bookingNumber(b.bookingNumber))}`, 'END:VEVENT', 'END:VCALENDAR'].join('\r\n');
  return h('p', {}, h('a', { class: 'button ghost', id: 'addToCalendar', download: `${b.bookingNumber}.ics`,
    href: `data:text/calendar;charset=utf-8,${encodeURIComponent(ics)}` }, t.addToCalendar));
}
