-- Gift cards bought online: the payment page the buyer was sent to (the return page asks about it,
-- and only the buyer has its id), and mails about a card (sent with its code to its recipient).
ALTER TABLE gift_cards ADD COLUMN checkout_id VARCHAR(255);
CREATE UNIQUE INDEX gift_cards_checkout_idx ON gift_cards (checkout_id);
ALTER TABLE messages ADD COLUMN gift_card_id UUID;
-- The language the buyer bought in: the card's mail is written in it (null: the venue's).
ALTER TABLE gift_cards ADD COLUMN locale VARCHAR(8);
