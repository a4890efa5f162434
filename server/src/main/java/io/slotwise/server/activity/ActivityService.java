package io.slotwise.server.activity;

import io.slotwise.common.api.ActivityDetails;
import io.slotwise.common.api.ActivityRequest;
import io.slotwise.common.api.PaymentMode;
import io.slotwise.common.api.PublicActivity;
import io.slotwise.common.api.Resource;
import io.slotwise.common.api.Schedule;
import io.slotwise.server.schedule.ActivitySchedule;
import io.slotwise.server.events.VenueEvents;
import io.slotwise.server.schedule.ScheduleParser;
import io.slotwise.server.system.SlotwiseProperties;
import io.slotwise.server.venue.VenueInfo;
import io.slotwise.server.resource.ResourceService;
import io.slotwise.server.venue.VenueService;
import io.slotwise.server.web.DomainException;
import io.slotwise.server.web.FieldViolation;
import io.slotwise.server.web.Violations;
import java.time.Clock;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Activities and their schedules. A change that affects which sessions exist publishes
 * {@link ActivityScheduleChanged}; the session feature regenerates after the commit.
 */
@Service
public class ActivityService {

    /** The largest party any activity may allow; bigger numbers are refused before any lookup. */
    public static final int MAX_PARTY_SIZE = 1000;
    static final int MAX_CAPACITY = 10_000;
    static final long MAX_PRICE = 100_000_000L;
    /** Paid bookings cancelled at least this long before the start get their money back, unless the activity says otherwise. */
    static final int DEFAULT_REFUND_HOURS = 24;
    /** Up to 30 days ahead: a longer deadline is almost certainly a typing mistake. */
    static final int MAX_REFUND_HOURS = 24 * 30;

    private final ActivityRepository activities;
    private final VenueService venues;
    private final ResourceService resources;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;
    private final VenueEvents streams;
    private final Clock clock;
    private final boolean onlinePayments;

    ActivityService(ActivityRepository activities, VenueService venues, ResourceService resources, JsonMapper json,
            ApplicationEventPublisher events, VenueEvents streams, Clock clock, SlotwiseProperties properties) {
        this.resources = resources;
        this.onlinePayments = properties.payments().stripe().configured();
        this.streams = streams;
        this.activities = activities;
        this.venues = venues;
        this.json = json;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public ActivityDetails create(UUID venueId, ActivityRequest request) {
        venues.get(venueId);
        Validated valid = validate(request, Selling.PLAIN, venueId);
        Activity activity = new Activity(venueId, clock.instant());
        activity.apply(valid.fields(), write(valid.schedule()), clock.instant());
        activity.applySelling(valid.selling());
        activity.tellToBring(request.whatToBring());
        activities.save(activity);
        events.publishEvent(new ActivityScheduleChanged(activity.getId()));
        streams.activityChanged(venueId, activity.getId());
        return details(activity);
    }

    @Transactional
    public ActivityDetails update(UUID activityId, ActivityRequest request) {
        Activity activity = entity(activityId);
        Validated valid = validate(request, activity.selling(), activity.getVenueId());
        ActivityFields fields = valid.fields();
        if (request.refundHoursBefore() == null) {
            // Clients that do not know the policy yet must not reset it by leaving it out.
            fields = fields.withRefundHoursBefore(activity.getRefundHoursBefore());
        }
        Selling before = activity.selling();
        activity.apply(fields, write(valid.schedule()), clock.instant());
        activity.applySelling(valid.selling());
        activity.tellToBring(request.whatToBring());
        if (!before.resourceIds().equals(valid.selling().resourceIds()) || before.bufferMinutes() != valid.selling().bufferMinutes()) {
            events.publishEvent(new ActivityResourcesChanged(activityId, valid.selling().resourceIds(), valid.selling().bufferMinutes()));
        }
        events.publishEvent(new ActivityScheduleChanged(activityId));
        streams.activityChanged(activity.getVenueId(), activityId);
        return details(activity);
    }

    @Transactional
    public ActivityDetails replaceSchedule(UUID activityId, Schedule schedule) {
        Activity activity = entity(activityId);
        ActivitySchedule parsed = parse(schedule, new Violations());
        activity.replaceSchedule(write(parsed), clock.instant());
        events.publishEvent(new ActivityScheduleChanged(activityId));
        streams.activityChanged(activity.getVenueId(), activityId);
        return details(activity);
    }

    @Transactional(readOnly = true)
    public ActivityDetails details(UUID activityId) {
        return details(entity(activityId));
    }

    @Transactional(readOnly = true)
    public List<ActivityDetails> list(UUID venueId) {
        venues.get(venueId);
        return activities.findByVenueIdOrderByName(venueId).stream().map(this::details).toList();
    }

    /** The activity, or {@code NOT_FOUND}. */
    @Transactional(readOnly = true)
    public ActivityInfo get(UUID activityId) {
        return info(entity(activityId));
    }

    /** How the activity sells: booking mode, prices, shared resources and reset time. */
    @Transactional(readOnly = true)
    public Selling selling(UUID activityId) {
        return entity(activityId).selling();
    }

    /** What customers of the activity are told to bring, or null. */
    @Transactional(readOnly = true)
    public String whatToBring(UUID activityId) {
        return entity(activityId).getWhatToBring();
    }

    /** Every activity that is sold, of every venue. */
    @Transactional(readOnly = true)
    public List<ActivityInfo> active() {
        return activities.findByActiveTrue().stream().map(ActivityService::info).toList();
    }

    private Activity entity(UUID activityId) {
        return activities.findById(activityId).orElseThrow(() -> DomainException.notFound("Activity"));
    }

    private static ActivityInfo info(Activity a) {
        return new ActivityInfo(a.getId(), a.getVenueId(), a.getName(), a.getDuration(), a.getCapacity(), a.isActive(),
                a.getRefundHoursBefore(), a.getStripePriceId());
    }

    /** The schedule rules of an activity, as the session generator needs them. */
    @Transactional(readOnly = true)
    public ActivitySchedule schedule(UUID activityId) {
        Activity activity = entity(activityId);
        Schedule wire = json.readValue(activity.getScheduleJson(), Schedule.class);
        ScheduleParser.Result parsed = ScheduleParser.parse(wire);
        return parsed.schedule();
    }

    /** One active activity as the public sees it; inactive activities do not exist for the public. */
    @Transactional(readOnly = true)
    public PublicActivity publicActivity(UUID activityId) {
        Activity activity = entity(activityId);
        if (!activity.isActive()) {
            throw DomainException.notFound("Activity");
        }
        return publicView(activity, venues.get(activity.getVenueId()));
    }

    @Transactional(readOnly = true)
    public List<PublicActivity> publicActivities(VenueInfo venue) {
        return activities.findByVenueIdAndActiveTrueOrderByName(venue.id()).stream()
                .map(a -> publicView(a, venue))
                .toList();
    }

    private PublicActivity publicView(Activity a, VenueInfo venue) {
        // Prepaid activities can be paid online only when the server has a payment provider.
        boolean online = a.getPaymentMode() == PaymentMode.PREPAY && onlinePayments;
        Selling selling = a.selling();
        return new PublicActivity(a.getId(), venue.id(), venue.name(), venue.zone().getId(),
                a.getName(), a.getDescription(), a.getDurationMinutes(), a.getPrice(), a.getCurrency(),
                a.getMinPartySize(), a.getMaxPartySize(), a.getCapacity(), a.getPaymentMode(), venue.embedKey(), online,
                selling.mode(), selling.categories(), selling.groupPrices(), selling.imageUrl(), publicPhone(venue),
                publicLocale(venue), a.getWhatToBring(), venue.logoUrl(), venue.accentColor());
    }

    /** The venue's phone for what cannot be booked online, or null. */
    public static String publicPhone(VenueInfo venue) {
        return venue.phone() == null || venue.phone().isBlank() ? null : venue.phone().trim();
    }

    /** The language of the venue's widget for visitors whose own it does not speak. */
    public static String publicLocale(VenueInfo venue) {
        return venue.defaultLocale() == null || venue.defaultLocale().isBlank() ? "en" : venue.defaultLocale();
    }

    private ActivityDetails details(Activity a) {
        Schedule schedule = json.readValue(a.getScheduleJson(), Schedule.class);
        Selling selling = a.selling();
        return new ActivityDetails(a.getId(), a.getVenueId(), a.getName(), a.getDescription(), a.getDurationMinutes(),
                a.getPrice(), a.getCurrency(), a.getMinPartySize(), a.getMaxPartySize(), a.getCapacity(),
                a.getPaymentMode(), a.getStripePriceId(), schedule, a.isActive(), a.getCreatedAt(), a.getUpdatedAt(),
                a.getRefundHoursBefore(), selling.mode(), selling.categories(), selling.groupPrices(), selling.resourceIds(),
                selling.bufferMinutes(), selling.imageUrl(), a.getWhatToBring());
    }

    private String write(ActivitySchedule schedule) {
        return json.writeValueAsString(ScheduleParser.toJson(schedule));
    }

    private record Validated(ActivityFields fields, ActivitySchedule schedule, Selling selling) {
    }

    private Validated validate(ActivityRequest r, Selling current, UUID venueId) {
        Violations v = new Violations();
        if (r == null) {
            v.add("body", "is required");
            v.throwIfAny();
        }
        if (v.required("name", r.name())) {
            v.maxLength("name", r.name(), 200);
        }
        v.maxLength("description", r.description(), 4000);
        v.maxLength("whatToBring", r.whatToBring(), 1000);
        v.between("durationMinutes", r.durationMinutes(), 5, 24 * 60);
        v.between("price", r.price(), 0L, MAX_PRICE);
        String currency = null;
        if (v.required("currency", r.currency())) {
            currency = r.currency().trim().toUpperCase(Locale.ROOT);
            try {
                Currency.getInstance(currency);
            } catch (IllegalArgumentException e) {
                v.add("currency", "must be an ISO 4217 currency code such as EUR");
            }
        }
        boolean minOk = v.between("minPartySize", r.minPartySize(), 1, MAX_PARTY_SIZE);
        boolean maxOk = v.between("maxPartySize", r.maxPartySize(), 1, MAX_PARTY_SIZE);
        boolean capacityOk = v.between("capacity", r.capacity(), 1, MAX_CAPACITY);
        if (minOk && maxOk && r.maxPartySize() < r.minPartySize()) {
            v.add("maxPartySize", "must not be smaller than the smallest party");
        }
        if (maxOk && capacityOk && r.maxPartySize() > r.capacity()) {
            v.add("maxPartySize", "must not be larger than the capacity (a session's seats)");
        }
        v.required("paymentMode", r.paymentMode());
        if (r.refundHoursBefore() != null) {
            v.between("refundHoursBefore", r.refundHoursBefore(), 0, MAX_REFUND_HOURS);
        }
        v.maxLength("stripePriceId", r.stripePriceId(), 255);
        boolean partyOk = minOk && maxOk && r.maxPartySize() >= r.minPartySize();
        Set<UUID> venueResources = resources.list(venueId).stream().map(Resource::id).collect(Collectors.toSet());
        Selling selling = SellingRules.validate(r, current, partyOk ? r.minPartySize() : null, partyOk ? r.maxPartySize() : null,
                MAX_PRICE, venueResources, v);
        ActivitySchedule schedule = parse(r.schedule(), v);
        v.throwIfAny();
        ActivityFields fields = new ActivityFields(r.name().trim(), r.description() == null ? "" : r.description().trim(),
                r.durationMinutes(), r.price(), currency, r.minPartySize(), r.maxPartySize(), r.capacity(),
                r.paymentMode(), blankToNull(r.stripePriceId()), r.active() == null || r.active(),
                r.refundHoursBefore() == null ? DEFAULT_REFUND_HOURS : r.refundHoursBefore());
        return new Validated(fields, schedule, selling);
    }

    /** Parses the schedule, adding its problems to {@code v}; throws when {@code v} has any. */
    private static ActivitySchedule parse(Schedule schedule, Violations v) {
        ScheduleParser.Result parsed = ScheduleParser.parse(schedule);
        v.addAll(parsed.errors().stream().map(e -> new FieldViolation(e.field(), e.message())).toList());
        if (!parsed.isValid()) {
            v.throwIfAny();
        }
        return parsed.schedule();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
