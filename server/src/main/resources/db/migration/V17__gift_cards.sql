-- Gift cards: a balance in one currency, sold at the desk or online, spent on holds. `balance` is
-- always the sum of the card's ledger (issued, redeemed, refunded); `reserved` is what live holds
-- have set aside of it, so `balance - reserved` is what a new hold may take. Every change of either
-- is one conditional UPDATE of the card's row in the same transaction as its ledger line or hold,
-- and the CHECK is the last line of defence against a balance spent twice.
CREATE TABLE gift_cards (
    id              UUID PRIMARY KEY,
    venue_id        UUID NOT NULL REFERENCES venues (id),
    -- Unguessable and unique across the server: the public reads a balance by its code alone.
    code            VARCHAR(19) NOT NULL,
    currency        VARCHAR(3) NOT NULL,
    initial_amount  BIGINT NOT NULL,
    balance         BIGINT NOT NULL,
    reserved        BIGINT NOT NULL,
    -- The last day (the venue's) on which the card may be spent; null: it does not expire.
    expires_on      DATE,
    recipient_email VARCHAR(320),
    buyer_email     VARCHAR(320),
    -- How the card was paid for: CASH or CARD at the desk, ONLINE through the payment provider.
    payment_method  VARCHAR(20) NOT NULL,
    -- PENDING: bought online and not paid yet (cannot be spent); ACTIVE: paid.
    status          VARCHAR(10) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT gift_cards_code_key UNIQUE (code),
    CONSTRAINT gift_cards_amounts_check CHECK (initial_amount > 0 AND reserved >= 0 AND balance >= reserved),
    CONSTRAINT gift_cards_status_check CHECK (status IN ('PENDING', 'ACTIVE'))
);
CREATE INDEX gift_cards_venue_idx ON gift_cards (venue_id, created_at);

-- Every movement of a card's balance, never changed once written: ISSUED (+), REDEEMED (-) by a
-- booking, REFUNDED (+) when that booking's money went back to the card.
CREATE TABLE gift_card_ledger (
    id             UUID PRIMARY KEY,
    gift_card_id   UUID NOT NULL REFERENCES gift_cards (id),
    kind           VARCHAR(10) NOT NULL,
    amount         BIGINT NOT NULL,
    reservation_id UUID REFERENCES slot_reservations (id),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT gift_card_ledger_kind_check CHECK ((kind = 'REDEEMED' AND amount < 0)
        OR (kind IN ('ISSUED', 'REFUNDED') AND amount > 0))
);
CREATE INDEX gift_card_ledger_card_idx ON gift_card_ledger (gift_card_id, created_at);

-- What a card pays of one hold: HELD (reserved) while the hold lives, TAKEN once it is a booking
-- (a REDEEMED line), RETURNED when the hold ended unbooked, REFUNDED when the booking's money
-- went back to the card (a REFUNDED line). One card per hold.
CREATE TABLE gift_card_holds (
    reservation_id UUID PRIMARY KEY REFERENCES slot_reservations (id),
    gift_card_id   UUID NOT NULL REFERENCES gift_cards (id),
    amount         BIGINT NOT NULL,
    status         VARCHAR(10) NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT gift_card_holds_amount_check CHECK (amount > 0),
    CONSTRAINT gift_card_holds_status_check CHECK (status IN ('HELD', 'TAKEN', 'RETURNED', 'REFUNDED'))
);
CREATE INDEX gift_card_holds_card_idx ON gift_card_holds (gift_card_id);

-- What a gift card pays of a hold and of its booking.
ALTER TABLE slot_reservations ADD COLUMN gift_card_amount BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE bookings ADD COLUMN gift_card_amount BIGINT DEFAULT 0 NOT NULL;
