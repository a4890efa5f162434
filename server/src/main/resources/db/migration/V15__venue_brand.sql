-- A venue's brand in the widget and on the kiosk: its logo (a web address or a path on the
-- server) and an accent colour (#rrggbb) for buttons and links.
ALTER TABLE venues ADD COLUMN logo_url VARCHAR(1000);
ALTER TABLE venues ADD COLUMN accent_color VARCHAR(7);
