package io.slotwise.server.message;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Method;
import io.slotwise.common.api.Booking;
import io.slotwise.server.venue.VenueInfo;
import java.time.Clock;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * The calendar file sent with a confirmation: one event with a UID stable per booking (a later
 * file for the same booking, say after a reschedule, updates the event rather than adding one),
 * its start and end in UTC, the activity and venue as summary and location.
 */
@Component
class CalendarFiles {

    private final Clock clock;

    CalendarFiles(Clock clock) {
        this.clock = clock;
    }

    String forBooking(Booking booking, VenueInfo venue, String manageUrl) {
        ICalendar ical = new ICalendar();
        ical.setProductId("-//Slotwise//Bookings//EN");
        ical.setMethod(Method.publish());
        VEvent event = new VEvent();
        event.setUid(uid(booking));
        event.setDateTimeStamp(Date.from(clock.instant()));
        event.setDateStart(Date.from(booking.startTime().toInstant()));
        event.setDateEnd(Date.from(booking.endTime().toInstant()));
        event.setSummary(booking.activityName() + " – " + venue.name());
        event.setLocation(venue.address() == null ? venue.name() : venue.name() + ", " + venue.address());
        event.setDescription(booking.bookingNumber() + " · " + booking.partySize() + " · " + manageUrl);
        ical.addEvent(event);
        return Biweekly.write(ical).go();
    }

    static String uid(Booking booking) {
        return "booking-" + booking.id() + "@slotwise";
    }
}
