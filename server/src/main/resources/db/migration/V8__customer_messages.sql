-- Messages to customers: every mail is written here in the transaction of the change that causes
-- it (a booking confirmed), then delivered after the commit by the dispatcher, which claims a
-- message for a while so that one instance sends it, retries with backoff for more than a day,
-- and logs every attempt. A message's id is its mail's Message-ID: a receiver recognises a
-- repeat sent after a crash between the mail server's "accepted" and our "sent".

-- The venue's contact on every mail, and the language for customers who chose none.
ALTER TABLE venues ADD COLUMN address VARCHAR(500);
ALTER TABLE venues ADD COLUMN phone VARCHAR(50);
ALTER TABLE venues ADD COLUMN email VARCHAR(320);
ALTER TABLE venues ADD COLUMN default_locale VARCHAR(8) NOT NULL DEFAULT 'en';

-- The language the customer booked in, for their mails.
ALTER TABLE slot_reservations ADD COLUMN locale VARCHAR(8);
ALTER TABLE bookings ADD COLUMN locale VARCHAR(8);
-- The manage link's token, hashed: the link itself is mailed, never stored.
ALTER TABLE bookings ADD COLUMN manage_token_hash VARCHAR(64);

CREATE TABLE messages (
    id UUID PRIMARY KEY,
    venue_id UUID NOT NULL,
    booking_id UUID,
    kind VARCHAR(32) NOT NULL,
    recipient VARCHAR(320) NOT NULL,
    locale VARCHAR(8) NOT NULL,
    base_url VARCHAR(500) NOT NULL,
    -- A cancellation's refund as the policy gave it when the booking was cancelled.
    refund_amount BIGINT,
    status VARCHAR(16) NOT NULL,
    attempts INT NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    claimed_until TIMESTAMP WITH TIME ZONE,
    last_error VARCHAR(1000),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at TIMESTAMP WITH TIME ZONE,
    -- Set for messages that must exist once per booking (a reminder): two instances writing it race on this.
    once_key VARCHAR(100) UNIQUE,
    CONSTRAINT messages_status CHECK (status IN ('PENDING', 'SENT', 'FAILED'))
);
CREATE INDEX messages_due_idx ON messages (status, next_attempt_at);
CREATE INDEX messages_booking_idx ON messages (booking_id);
CREATE INDEX messages_venue_idx ON messages (venue_id, created_at);

CREATE TABLE message_attempts (
    id UUID PRIMARY KEY,
    message_id UUID NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
    attempted_at TIMESTAMP WITH TIME ZONE NOT NULL,
    outcome VARCHAR(16) NOT NULL,
    detail VARCHAR(1000),
    CONSTRAINT message_attempts_outcome CHECK (outcome IN ('SENT', 'FAILED'))
);
CREATE INDEX message_attempts_message_idx ON message_attempts (message_id, attempted_at);
