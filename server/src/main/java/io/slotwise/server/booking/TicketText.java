package io.slotwise.server.booking;

import io.slotwise.common.api.TicketCount;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** A party's tickets as stored with its hold and booking: {@code "adult:2,child:1"}; null for none. */
public final class TicketText {

    private TicketText() {
    }

    public static String write(List<TicketCount> tickets) {
        if (tickets == null || tickets.isEmpty()) {
            return null;
        }
        return tickets.stream().map(t -> t.category() + ":" + t.count()).collect(Collectors.joining(","));
    }

    public static List<TicketCount> read(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        List<TicketCount> tickets = new ArrayList<>();
        for (String part : text.split(",")) {
            int colon = part.lastIndexOf(':');
            tickets.add(new TicketCount(part.substring(0, colon), Integer.parseInt(part.substring(colon + 1))));
        }
        return List.copyOf(tickets);
    }
}
