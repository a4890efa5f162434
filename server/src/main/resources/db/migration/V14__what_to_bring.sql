-- What customers are told to bring or know with their booking ("Closed shoes; arrive 10 minutes early").
ALTER TABLE activities ADD COLUMN what_to_bring VARCHAR(1000);
