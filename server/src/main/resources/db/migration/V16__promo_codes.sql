-- Promo codes: a percentage or an amount off a hold's price, within dates, for some or all of a
-- venue's activities, with limits on all uses and on one customer's. `taken` counts the uses that
-- are held or made now: a hold with the code takes one (or is refused at the limit), a hold that
-- ends gives it back, a confirmed booking keeps it, a cancelled booking gives it back. Every
-- change of `taken` is one conditional UPDATE of the code's row, so that the limit holds however
-- many holds race for the last use; the CHECK is the last line of defence.
CREATE TABLE promo_codes (
    id                    UUID PRIMARY KEY,
    venue_id              UUID NOT NULL REFERENCES venues (id),
    code                  VARCHAR(40) NOT NULL,
    percent_off           INTEGER,
    amount_off            BIGINT,
    valid_from            DATE,
    valid_to              DATE,
    max_uses              INTEGER,
    max_uses_per_customer INTEGER,
    active                BOOLEAN NOT NULL,
    taken                 INTEGER NOT NULL,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT promo_codes_venue_code_key UNIQUE (venue_id, code),
    CONSTRAINT promo_codes_one_kind CHECK ((percent_off IS NULL AND amount_off > 0)
        OR (amount_off IS NULL AND percent_off BETWEEN 1 AND 100)),
    CONSTRAINT promo_codes_taken_check CHECK (taken >= 0 AND (max_uses IS NULL OR taken <= max_uses))
);

-- The activities a code is for; none: every activity of its venue.
CREATE TABLE promo_code_activities (
    promo_code_id UUID NOT NULL REFERENCES promo_codes (id) ON DELETE CASCADE,
    activity_id   UUID NOT NULL REFERENCES activities (id),
    PRIMARY KEY (promo_code_id, activity_id)
);

-- Each hold that applied a code: HELD while the hold lives, USED once it is a booking, RETURNED
-- when the hold ended or the booking was cancelled. One row per hold.
CREATE TABLE promo_code_uses (
    id             UUID PRIMARY KEY,
    promo_code_id  UUID NOT NULL REFERENCES promo_codes (id),
    reservation_id UUID NOT NULL REFERENCES slot_reservations (id),
    -- Lower-cased: the per-customer limit counts one address however it is written.
    email          VARCHAR(320) NOT NULL,
    discount       BIGINT NOT NULL,
    status         VARCHAR(10) NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT promo_code_uses_reservation_key UNIQUE (reservation_id),
    CONSTRAINT promo_code_uses_status_check CHECK (status IN ('HELD', 'USED', 'RETURNED'))
);
CREATE INDEX promo_code_uses_code_email_idx ON promo_code_uses (promo_code_id, email);

-- What a hold and a booking take off their price, and the code that did it.
ALTER TABLE slot_reservations ADD COLUMN discount BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE slot_reservations ADD COLUMN promo_code VARCHAR(40);
ALTER TABLE bookings ADD COLUMN discount BIGINT DEFAULT 0 NOT NULL;
