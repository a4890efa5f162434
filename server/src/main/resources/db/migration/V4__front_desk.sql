-- A party that never came is recorded as a time, like a check-in: the booking stays confirmed
-- (it was sold), and the front desk's lists can tell the three apart.
ALTER TABLE bookings ADD COLUMN no_show_at TIMESTAMP WITH TIME ZONE;

-- A kiosk customer who chose "pay at the front desk": the hold waits there, under the name they
-- gave, until staff confirm it or it runs out.
ALTER TABLE slot_reservations ADD COLUMN at_desk_since TIMESTAMP WITH TIME ZONE;
ALTER TABLE slot_reservations ADD COLUMN customer_name VARCHAR(200);
