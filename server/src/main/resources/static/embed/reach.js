// Calls that outlive a server restart or a dropped connection: while the server cannot be
// reached, the customer is told so and given a button to try at once, and the call is tried
// again by itself (1 s, doubling to 15 s), so the widget recovers on its own once the server is back.
import { ApiError } from './api.js';
import { h } from './dom.js';
import { messages as t } from './messages.js';

const FIRST_WAIT = 1000;
const LONGEST_WAIT = 15000;

/** The server could not be reached (no answer, or a proxy saying it is down), as opposed to refusing. */
export function unreachable(error) {
  return !(error instanceof ApiError) || [502, 503, 504].includes(error.status);
}

/** The notice shown while waiting for the server, with a button that tries again at once. */
export function offlineNotice(tryNow) {
  return h('div', { class: 'notice offline', role: 'alert', id: 'offline' },
    h('p', {}, t.offline),
    h('button', { type: 'button', id: 'retry', onclick: tryNow }, t.tryAgain));
}

/**
 * Runs `call` until it gets an answer. While the server is unreachable, `waiting(notice)` is
 * given the notice to put on screen; `reached()` is called once it answers again. Refusals are
 * thrown as they are. `stillWanted()` false (the customer moved on) ends the wait quietly.
 */
export async function untilReachable(call, { waiting, reached = () => {}, stillWanted = () => true }) {
  let wait = FIRST_WAIT;
  let failed = false;
  for (;;) {
    try {
      const answer = await call();
      if (failed) reached();
      return answer;
    } catch (error) {
      if (!unreachable(error)) {
        if (failed) reached();
        throw error;
      }
      failed = true;
      if (!stillWanted()) return new Promise(() => {}); // abandoned: never settles
      await new Promise((resolve) => {
        const timer = setTimeout(resolve, wait);
        waiting(offlineNotice(() => { clearTimeout(timer); resolve(); }));
      });
      if (!stillWanted()) return new Promise(() => {});
      wait = Math.min(wait * 2, LONGEST_WAIT);
    }
  }
}
