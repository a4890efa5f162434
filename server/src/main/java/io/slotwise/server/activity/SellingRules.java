package io.slotwise.server.activity;

import io.slotwise.common.api.ActivityRequest;
import io.slotwise.common.api.BookingMode;
import io.slotwise.common.api.GroupPrice;
import io.slotwise.common.api.PriceCategory;
import io.slotwise.server.web.Violations;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Checks how an activity sells. On an update a field left out keeps its value; a list that no
 * longer fits a changed booking mode (categories of a now private room) is dropped unless the
 * request sent it, in which case the request is refused with the reason.
 */
final class SellingRules {

    static final int MAX_CATEGORIES = 10;
    static final int MAX_RESOURCES = 10;
    static final int MAX_BUFFER_MINUTES = 24 * 60;
    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9_-]{0,39}");

    private SellingRules() {
    }

    /**
     * The selling terms {@code r} asks for, on top of {@code current} ({@link Selling#PLAIN} for a
     * new activity); problems go to {@code v}. {@code minParty}/{@code maxParty} are the request's
     * validated party limits (null when invalid), {@code venueResources} the venue's resource ids.
     */
    static Selling validate(ActivityRequest r, Selling current, Integer minParty, Integer maxParty, long maxPrice,
            Set<UUID> venueResources, Violations v) {
        BookingMode mode = r.bookingMode() != null ? r.bookingMode() : current.mode();
        List<PriceCategory> categories = categories(r.priceCategories(), current, mode, maxPrice, v);
        List<GroupPrice> groups = groupPrices(r.groupPrices(), current, mode, minParty, maxParty, maxPrice, v);
        List<UUID> resources = r.resourceIds() != null ? r.resourceIds() : current.resourceIds();
        if (resources.size() > MAX_RESOURCES) {
            v.add("resourceIds", "at most " + MAX_RESOURCES + " resources");
        }
        for (int i = 0; i < resources.size(); i++) {
            if (resources.get(i) == null || !venueResources.contains(resources.get(i))) {
                v.add("resourceIds[" + i + "]", "must be a resource of this venue");
            }
        }
        int buffer = current.bufferMinutes();
        if (r.bufferMinutes() != null && v.between("bufferMinutes", r.bufferMinutes(), 0, MAX_BUFFER_MINUTES)) {
            buffer = r.bufferMinutes();
        }
        String image = r.imageUrl() == null ? current.imageUrl() : r.imageUrl().isBlank() ? null : r.imageUrl().trim();
        if (image != null && !io.slotwise.server.web.ImageAddresses.valid(image)) {
            v.add("imageUrl", io.slotwise.server.web.ImageAddresses.RULE);
        }
        return new Selling(mode, categories, groups, resources.stream().filter(java.util.Objects::nonNull).distinct().sorted().toList(),
                buffer, image);
    }

    private static List<PriceCategory> categories(List<PriceCategory> sent, Selling current, BookingMode mode, long maxPrice,
            Violations v) {
        if (sent == null) {
            return mode == BookingMode.SHARED ? current.categories() : List.of();
        }
        if (mode == BookingMode.PRIVATE && !sent.isEmpty()) {
            v.add("priceCategories", "a private activity is priced per group: give a price for each group size instead");
            return List.of();
        }
        if (sent.size() > MAX_CATEGORIES) {
            v.add("priceCategories", "at most " + MAX_CATEGORIES + " ticket categories");
        }
        Set<String> codes = new HashSet<>();
        List<PriceCategory> valid = new ArrayList<>();
        for (int i = 0; i < sent.size(); i++) {
            PriceCategory c = sent.get(i);
            String at = "priceCategories[" + i + "]";
            if (c == null) {
                v.add(at, "is required");
                continue;
            }
            String code = c.code() == null ? null : c.code().trim().toLowerCase(Locale.ROOT);
            if (code == null || !CODE.matcher(code).matches()) {
                v.add(at + ".code", "must be 1 to 40 letters, digits, - or _, such as adult or child");
            } else if (!codes.add(code)) {
                v.add(at + ".code", "is used twice");
            }
            if (v.required(at + ".name", c.name())) {
                v.maxLength(at + ".name", c.name(), 100);
            }
            v.between(at + ".price", c.price(), 0L, maxPrice);
            if (code != null && c.name() != null && c.price() != null) {
                valid.add(new PriceCategory(code, c.name().trim(), c.price()));
            }
        }
        return valid;
    }

    private static List<GroupPrice> groupPrices(List<GroupPrice> sent, Selling current, BookingMode mode, Integer minParty,
            Integer maxParty, long maxPrice, Violations v) {
        if (sent == null) {
            List<GroupPrice> kept = mode == BookingMode.PRIVATE ? current.groupPrices() : List.of();
            // Party limits changed since: prices for sizes no longer sold go, and a missing size is the request's to give.
            if (!kept.isEmpty() && minParty != null && maxParty != null && !covers(kept, minParty, maxParty)) {
                v.add("groupPrices", "must give a price for every party size from " + minParty + " to " + maxParty);
            }
            return kept;
        }
        if (mode == BookingMode.SHARED && !sent.isEmpty()) {
            v.add("groupPrices", "only a private activity has group prices: give a price per person or ticket prices instead");
            return List.of();
        }
        Set<Integer> sizes = new HashSet<>();
        List<GroupPrice> valid = new ArrayList<>();
        for (int i = 0; i < sent.size(); i++) {
            GroupPrice g = sent.get(i);
            String at = "groupPrices[" + i + "]";
            if (g == null) {
                v.add(at, "is required");
                continue;
            }
            boolean sizeOk = minParty != null && maxParty != null && v.between(at + ".partySize", g.partySize(), minParty, maxParty);
            if (sizeOk && !sizes.add(g.partySize())) {
                v.add(at + ".partySize", "is priced twice");
            }
            if (v.between(at + ".price", g.price(), 0L, maxPrice) && sizeOk) {
                valid.add(new GroupPrice(g.partySize(), g.price()));
            }
        }
        if (!sent.isEmpty() && minParty != null && maxParty != null && !covers(sent, minParty, maxParty)) {
            v.add("groupPrices", "must give a price for every party size from " + minParty + " to " + maxParty);
        }
        valid.sort(Comparator.comparing(GroupPrice::partySize));
        return valid;
    }

    /** Whether there is exactly one price for each size from min to max, and no other. */
    private static boolean covers(List<GroupPrice> prices, int min, int max) {
        Set<Integer> sizes = new HashSet<>();
        for (GroupPrice g : prices) {
            if (g == null || g.partySize() == null || g.partySize() < min || g.partySize() > max || !sizes.add(g.partySize())) {
                return false;
            }
        }
        return sizes.size() == max - min + 1;
    }
}
