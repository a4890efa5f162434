-- The venue-local date whose opening hours a session belongs to: a Friday night running past
-- midnight lists its 00:30 game under Friday. Null for sessions generated before this column:
-- they are listed under the day they start on until the next generation run fills it in.
ALTER TABLE activity_sessions ADD COLUMN schedule_day DATE;
