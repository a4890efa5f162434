// How an activity sells, in the customer's words: its price before any hold, the party sizes and
// ticket categories to choose from, and what a private session reads like.
import { messages as t } from './messages.js';
import { money } from './time.js';

export function isPrivate(activity) {
  return activity.bookingMode === 'PRIVATE';
}

export function categories(activity) {
  return isPrivate(activity) ? [] : (activity.priceCategories || []);
}

/** The group price of a private activity for a party of `size`, or null when it charges per person. */
function groupPrice(activity, size) {
  const found = (activity.groupPrices || []).find((g) => g.partySize === size);
  return found ? found.price : null;
}

/** What a party of `size` pays (without ticket categories). */
export function priceFor(activity, size) {
  const group = isPrivate(activity) ? groupPrice(activity, size) : null;
  return group ?? activity.price * size;
}

/** The price line shown with the activity before any choice: per person, per ticket, or per group. */
export function priceLine(activity, locale) {
  const cur = (minor) => money(minor, activity.currency, locale);
  if (isPrivate(activity)) {
    const groups = activity.groupPrices || [];
    const from = groups.length ? Math.min(...groups.map((g) => g.price)) : null;
    return from !== null ? t.privateFrom(activity.minPartySize, activity.maxPartySize, cur(from))
      : t.privatePerPerson(activity.minPartySize, activity.maxPartySize, cur(activity.price));
  }
  const tickets = categories(activity);
  if (tickets.length) return tickets.map((c) => `${c.name} ${cur(c.price)}`).join(' · ');
  return t.perPerson(cur(activity.price));
}

/** The choices of party size, each with what it costs: "4 people · €96.00". */
export function partyChoices(activity, placesLeft, locale) {
  const most = isPrivate(activity) ? activity.maxPartySize : Math.min(activity.maxPartySize, placesLeft);
  const choices = [];
  for (let n = activity.minPartySize; n <= most; n++) {
    choices.push({ size: n, label: `${t.people(n)} · ${money(priceFor(activity, n), activity.currency, locale)}` });
  }
  return choices;
}

/** The total of ticket counts ({code: count}) at the activity's category prices. */
export function ticketsTotal(activity, counts) {
  return categories(activity).reduce((sum, c) => sum + c.price * (counts[c.code] || 0), 0);
}
