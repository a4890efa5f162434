// The booking widget: pick a day, a time, a party size, hold for ten minutes, confirm.
import { api, ApiError } from './api.js';
import { useVenueLanguage } from './messages.js';
import { h } from './dom.js';
import { todayIn } from './time.js';
import { monthOf } from './month.js';
import { untilReachable } from './reach.js';
import { state, show, fail } from './screen.js';
import { firstDayWithTimes, loadDay, listen, toSlots } from './slots.js';
import { cancelHold } from './held.js';

const params = new URLSearchParams(location.search);
const accent = params.get('accent');
if (accent && /^#[0-9a-fA-F]{3,8}$/.test(accent)) document.documentElement.style.setProperty('--accent', accent);

/** The venue's brand: its logo above the widget, its accent colour unless the embedding page chose one. */
function useBrand(venueName, logoUrl, accentColor) {
  if (!accent && accentColor && /^#[0-9a-fA-F]{6}$/.test(accentColor)) {
    document.documentElement.style.setProperty('--accent', accentColor);
  }
  if (logoUrl) {
    const header = document.getElementById('brand');
    header.replaceChildren(h('img', { src: logoUrl, alt: venueName, id: 'logo' }));
    header.hidden = false;
  }
}

async function start() {
  try {
    const widget = params.get('widget');
    if (widget === 'paid' || widget === 'giftcard') {
      // Pages the booking flow does not need: loaded only when asked for.
      const page = await import(widget === 'paid' ? './paid.js' : './giftshop.js');
      await untilReachable(() => page.render(params, useBrand), { waiting: (notice) => show(notice) });
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
    useBrand(activity.venueName, activity.venueLogoUrl, activity.venueAccentColor);
    await useVenueLanguage(activity.venueDefaultLocale);
  } else if (widget === 'calendar' && params.get('key')) {
    const venue = await api.venue(params.get('key'));
    venue.activities.forEach((a) => state.activities.set(a.id, a));
    state.zone = venue.timezone;
    state.embedKey = params.get('key');
    state.phone = venue.phone;
    useBrand(venue.name, venue.logoUrl, venue.accentColor);
    await useVenueLanguage(venue.defaultLocale);
  } else {
    throw new ApiError(404);
  }
  state.date = state.singleActivity ? await firstDayWithTimes(state.singleActivity) : todayIn(state.zone);
  state.month = monthOf(state.date);
  await loadDay();
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
