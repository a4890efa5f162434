-- Online payments through Stripe Checkout.

-- Cancellation policy of an activity: a paid booking cancelled at least this many hours before
-- its start is refunded in full; later, nothing is refunded.
ALTER TABLE activities ADD COLUMN refund_hours_before INTEGER DEFAULT 24 NOT NULL;

-- What was paid online for a booking, and the payment to refund from.
ALTER TABLE bookings ADD COLUMN payment_status VARCHAR(20) DEFAULT 'NONE' NOT NULL;
ALTER TABLE bookings ADD COLUMN payment_reference VARCHAR(255);
ALTER TABLE bookings ADD COLUMN refunded_amount BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE bookings ADD CONSTRAINT bookings_payment_status_check
    CHECK (payment_status IN ('NONE', 'PAID', 'PARTIALLY_REFUNDED', 'REFUNDED'));
CREATE INDEX bookings_payment_reference_idx ON bookings (payment_reference);

-- The Checkout Sessions made for holds: one open at a time per hold, reused while it is open.
CREATE TABLE checkout_sessions (
    id             VARCHAR(255) PRIMARY KEY,
    reservation_id UUID NOT NULL REFERENCES slot_reservations (id),
    url            VARCHAR(2048) NOT NULL,
    status         VARCHAR(20) NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT checkout_sessions_status_check CHECK (status IN ('OPEN', 'COMPLETE', 'EXPIRED'))
);
CREATE INDEX checkout_sessions_reservation_idx ON checkout_sessions (reservation_id);

-- Every webhook event handled, so that a redelivered event changes nothing.
CREATE TABLE payment_events (
    id          VARCHAR(255) PRIMARY KEY,
    type        VARCHAR(100) NOT NULL,
    received_at TIMESTAMP WITH TIME ZONE NOT NULL
);
