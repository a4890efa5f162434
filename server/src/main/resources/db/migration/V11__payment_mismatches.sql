-- A payment whose amount is not what the hold costs is never booked: its money goes back and
-- staff see it here, with what was expected and what came, to call the customer.
ALTER TABLE checkout_sessions DROP CONSTRAINT checkout_sessions_status_check;
ALTER TABLE checkout_sessions ADD CONSTRAINT checkout_sessions_status_check
    CHECK (status IN ('OPEN', 'COMPLETE', 'EXPIRED', 'MISMATCH'));

CREATE TABLE payment_mismatches (
    payment_reference VARCHAR(255) PRIMARY KEY,
    venue_id          UUID NOT NULL REFERENCES venues (id) ON DELETE CASCADE,
    reservation_id    UUID NOT NULL REFERENCES slot_reservations (id),
    checkout_id       VARCHAR(255) NOT NULL,
    expected_amount   BIGINT NOT NULL,
    received_amount   BIGINT NOT NULL,
    currency          VARCHAR(3) NOT NULL,
    customer_email    VARCHAR(320) NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX payment_mismatches_venue_idx ON payment_mismatches (venue_id, created_at);
