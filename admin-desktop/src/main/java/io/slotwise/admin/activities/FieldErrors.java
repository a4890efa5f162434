package io.slotwise.admin.activities;

import static io.slotwise.admin.core.Texts.text;

import io.slotwise.admin.core.Texts;
import java.util.Set;

/**
 * Where a server field error is shown on the activity form. The server names fields as paths
 * ({@code schedule.operatingDays[2]}, {@code schedule.customHours.Friday.endTime}); the form has
 * one error label per control, named by a short key that also works as a CSS id.
 */
final class FieldErrors {

    /** The keys the form has a label for; errors of any other field go to the form's message. */
    static final Set<String> SHOWN = Set.of("name", "description", "whatToBring", "price", "currency", "durationMinutes",
            "capacity", "minPartySize", "maxPartySize", "paymentMode", "operatingDays", "startTime", "endTime",
            "slotInterval", "customHours", "closedDates", "custom-MONDAY", "custom-TUESDAY", "custom-WEDNESDAY",
            "custom-THURSDAY", "custom-FRIDAY", "custom-SATURDAY", "custom-SUNDAY");

    private FieldErrors() {
    }

    /** The label key for a server field name, e.g. {@code schedule.closedDates[0]} → {@code closedDates}. */
    static String key(String field) {
        String name = field.startsWith("schedule.") ? field.substring("schedule.".length()) : field;
        int index = name.indexOf('[');
        if (index > 0) {
            return name.substring(0, index);
        }
        if (name.startsWith("customHours.")) {
            String rest = name.substring("customHours.".length());
            int dot = rest.indexOf('.');
            String day = dot < 0 ? rest : rest.substring(0, dot);
            return ScheduleForm.weekday(day).map(d -> "custom-" + d.name()).orElse("customHours");
        }
        return name;
    }

    /**
     * The message as said under its control, where naming the field again ("slotInterval must
     * be…") would only show its wire name: "must be between 5 and 1440 minutes".
     */
    static String wording(String field, String message) {
        String name = field.substring(field.lastIndexOf('.') + 1);
        String said = message.startsWith(name + " ") ? message.substring(name.length() + 1) : message;
        // A day's own hours are shown under the whole week: the message names the day and the field.
        java.util.regex.Matcher own = java.util.regex.Pattern.compile("(?:schedule\\.)?customHours\\.([A-Za-z]+)\\.(startTime|endTime)")
                .matcher(field);
        if (own.matches()) {
            String day = ScheduleForm.weekday(own.group(1))
                    .map(d -> d.getDisplayName(java.time.format.TextStyle.FULL, Texts.locale())).orElse(own.group(1));
            return text(own.group(2).equals("startTime") ? "activities.ownHoursFrom" : "activities.ownHoursUntil", day, said);
        }
        return said;
    }

    /** Whether the preview (which validates the schedule and duration only) judges this key. */
    static boolean previewJudges(String key) {
        return key.equals("durationMinutes") || key.equals("operatingDays") || key.equals("startTime")
                || key.equals("endTime") || key.equals("slotInterval") || key.equals("customHours")
                || key.equals("closedDates") || key.startsWith("custom-") || key.equals("schedule");
    }
}
