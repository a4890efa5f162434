// A gift card on the held screen: its code typed in pays what the card can of what is left to pay.
import { call, ApiError } from './api.js';
import { giftCardTexts } from './giftcard-texts.js';
import { h } from './dom.js';
import { unreachable } from './reach.js';
import { state } from './screen.js';

/** The field and its button; {@code applied(hold)} redraws the held screen with the hold's new amounts. */
export async function giftCardForm(hold, applied) {
  const t = await giftCardTexts();
  const input = h('input', { id: 'giftCardCode', name: 'giftCardCode', autocomplete: 'off', autocapitalize: 'characters',
    spellcheck: 'false', maxlength: 24, placeholder: 'XXXX-XXXX-XXXX-XXXX', 'aria-describedby': 'giftCardError' });
  const error = h('p', { class: 'field-error', id: 'giftCardError', role: 'alert' });
  const button = h('button', { type: 'submit', class: 'ghost', id: 'applyGiftCard' }, t.apply);
  const form = h('form', { class: 'gift-card', id: 'giftCardForm', novalidate: true },
    h('label', { for: 'giftCardCode' }, t.label),
    input, error, button);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const code = input.value.trim();
    if (!code) {
      input.focus();
      return;
    }
    button.disabled = true;
    error.textContent = '';
    try {
      const answer = await call(`/reservations/${hold.id}/gift-card`,
        { method: 'POST', headers: { 'X-Hold-Token': hold.holdToken }, body: JSON.stringify({ code }) });
      // The answer has no token (only the hold's first answer does): keep the one we have.
      if (state.hold === hold) applied({ ...hold, ...answer, holdToken: hold.holdToken });
    } catch (refused) {
      button.disabled = false;
      error.textContent = unreachable(refused) ? t.offline : refusal(t, refused);
      input.focus();
    }
  });
  return form;
}

/** Why a card cannot pay, as the customer reads it. */
function refusal(t, error) {
  switch (error instanceof ApiError ? error.code : null) {
    case 'GIFT_CARD_UNKNOWN': return t.unknown;
    case 'GIFT_CARD_EXPIRED': return t.expired;
    case 'GIFT_CARD_EMPTY': return t.empty;
    case 'GIFT_CARD_NOT_APPLICABLE': return t.notApplicable;
    case 'RATE_LIMITED': return t.tooManyCodes;
    default: return error.message;
  }
}
