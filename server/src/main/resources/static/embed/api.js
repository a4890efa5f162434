// The public REST API of the server that serves this widget.
const BASE = '/api/v1/public';

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || `HTTP ${status}`);
    this.status = status;
    this.code = problem?.code;
  }
}

export async function call(path, options = {}) {
  const response = await fetch(BASE + path, {
    ...options,
    headers: { Accept: 'application/json', ...(options.body ? { 'Content-Type': 'application/json' } : {}), ...options.headers },
  });
  if (response.status === 204) return null;
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new ApiError(response.status, body);
  // How far this browser's clock is ahead of the server's (to a second): countdowns use it.
  const serverDate = Date.parse(response.headers.get('Date'));
  if (body && typeof body === 'object' && !Number.isNaN(serverDate)) {
    Object.defineProperty(body, 'clockSkew', { value: Date.now() - serverDate, enumerable: false });
  }
  return body;
}

export const api = {
  // Manage my booking: the secret of the mailed link travels in a header, never in a URL of the API.
  manage: (number, token) => call(`/bookings/${encodeURIComponent(number)}`, { headers: { 'X-Manage-Token': token } }),
  manageCancel: (number, token) =>
    call(`/bookings/${encodeURIComponent(number)}/cancel`, { method: 'POST', headers: { 'X-Manage-Token': token } }),
  manageReschedule: (number, token, sessionId) => call(`/bookings/${encodeURIComponent(number)}/reschedule`, {
    method: 'POST', headers: { 'X-Manage-Token': token }, body: JSON.stringify({ sessionId }),
  }),
  venue: (key) => call(`/venues/${encodeURIComponent(key)}`),
  activity: (id) => call(`/activities/${encodeURIComponent(id)}`),
  venueDay: (key, date) => call(`/venues/${encodeURIComponent(key)}/sessions?date=${date}`),
  activityDay: (id, date) => call(`/activities/${encodeURIComponent(id)}/sessions?from=${date}&to=${date}`),
  activityRange: (id, from, to) => call(`/activities/${encodeURIComponent(id)}/sessions?from=${from}&to=${to}`),
  // The same key for a retry of the same request: a hold made before the answer was lost is returned, not made twice.
  // The customer's language goes with the hold: their mails are written in it.
  // request: {sessionId, partySize, email, tickets} (tickets null unless the activity sells categories).
  hold: (request, idempotencyKey, locale) =>
    call('/reservations', {
      method: 'POST',
      headers: { 'Idempotency-Key': idempotencyKey },
      body: JSON.stringify({ ...request, tickets: request.tickets || undefined, locale }),
    }),
  read: (hold) => call(`/reservations/${hold.id}`, { headers: { 'X-Hold-Token': hold.holdToken } }),
  release: (hold) => call(`/reservations/${hold.id}`, { method: 'DELETE', headers: { 'X-Hold-Token': hold.holdToken } }),
  confirm: (hold, customerName, phone) =>
    call(`/reservations/${hold.id}/confirm`, {
      method: 'POST',
      headers: { 'X-Hold-Token': hold.holdToken },
      body: JSON.stringify({ customerName, phone }),
    }),
  checkout: (hold) =>
    call(`/reservations/${hold.id}/checkout`, { method: 'POST', headers: { 'X-Hold-Token': hold.holdToken } }),
  checkoutStatus: (id) => call(`/checkouts/${encodeURIComponent(id)}`),
  events: (key) => new EventSource(`${BASE}/venues/${encodeURIComponent(key)}/events`),
};
