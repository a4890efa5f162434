package io.slotwise.server.activity;

import io.slotwise.common.api.BookingMode;
import io.slotwise.common.api.PaymentMode;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Something a venue sells in time slots: an escape room, a lane, a tour. */
@Entity
@Table(name = "activities")
class Activity {

    @Id
    private UUID id;
    private UUID venueId;
    private String name;
    private String description;
    private int durationMinutes;
    private long price;
    private String currency;
    private int minPartySize;
    private int maxPartySize;
    private int capacity;
    @Enumerated(EnumType.STRING)
    private PaymentMode paymentMode;
    private String stripePriceId;
    /** Cancellation policy: a paid booking cancelled at least this many hours ahead is refunded in full. */
    private int refundHoursBefore = 24;
    /** The schedule in its API JSON form. */
    private String schedule;
    private boolean active;
    @Enumerated(EnumType.STRING)
    private BookingMode bookingMode = BookingMode.SHARED;
    /** Reset time after each session, during which its shared resources stay occupied. */
    private int bufferMinutes;
    private String imageUrl;
    /** Told to customers with their booking: "Closed shoes; arrive 10 minutes early". */
    private String whatToBring;
    @ElementCollection
    @CollectionTable(name = "activity_price_categories", joinColumns = @JoinColumn(name = "activity_id"))
    @OrderColumn(name = "sort_order")
    private List<PriceCategoryRow> priceCategories = new ArrayList<>();
    @ElementCollection
    @CollectionTable(name = "activity_group_prices", joinColumns = @JoinColumn(name = "activity_id"))
    @OrderBy("partySize")
    private List<GroupPriceRow> groupPrices = new ArrayList<>();
    @ElementCollection
    @CollectionTable(name = "activity_resources", joinColumns = @JoinColumn(name = "activity_id"))
    @Column(name = "resource_id")
    private Set<UUID> resourceIds = new HashSet<>();
    private Instant createdAt;
    private Instant updatedAt;

    protected Activity() {
    }

    Activity(UUID venueId, Instant now) {
        this.id = UUID.randomUUID();
        this.venueId = venueId;
        this.createdAt = now;
    }

    void apply(ActivityFields f, String scheduleJson, Instant now) {
        this.name = f.name();
        this.description = f.description();
        this.durationMinutes = f.durationMinutes();
        this.price = f.price();
        this.currency = f.currency();
        this.minPartySize = f.minPartySize();
        this.maxPartySize = f.maxPartySize();
        this.capacity = f.capacity();
        this.paymentMode = f.paymentMode();
        this.stripePriceId = f.stripePriceId();
        this.active = f.active();
        this.refundHoursBefore = f.refundHoursBefore();
        this.schedule = scheduleJson;
        this.updatedAt = now;
    }

    void applySelling(Selling selling) {
        this.bookingMode = selling.mode();
        this.bufferMinutes = selling.bufferMinutes();
        this.imageUrl = selling.imageUrl();
        this.priceCategories.clear();
        selling.categories().forEach(c -> priceCategories.add(new PriceCategoryRow(c)));
        this.groupPrices.clear();
        selling.groupPrices().forEach(g -> groupPrices.add(new GroupPriceRow(g)));
        this.resourceIds.clear();
        this.resourceIds.addAll(selling.resourceIds());
    }

    Selling selling() {
        return new Selling(bookingMode, priceCategories.stream().map(PriceCategoryRow::view).toList(),
                groupPrices.stream().map(GroupPriceRow::view).toList(), resourceIds.stream().sorted().toList(), bufferMinutes, imageUrl);
    }

    /** Null keeps what it says; blank clears it. */
    void tellToBring(String whatToBring) {
        if (whatToBring != null) {
            this.whatToBring = whatToBring.isBlank() ? null : whatToBring.strip();
        }
    }

    String getWhatToBring() {
        return whatToBring;
    }

    void replaceSchedule(String scheduleJson, Instant now) {
        this.schedule = scheduleJson;
        this.updatedAt = now;
    }

    public UUID getId() {
        return id;
    }

    public UUID getVenueId() {
        return venueId;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public Duration getDuration() {
        return Duration.ofMinutes(durationMinutes);
    }

    public long getPrice() {
        return price;
    }

    public String getCurrency() {
        return currency;
    }

    public int getMinPartySize() {
        return minPartySize;
    }

    public int getMaxPartySize() {
        return maxPartySize;
    }

    public int getRefundHoursBefore() {
        return refundHoursBefore;
    }

    public int getCapacity() {
        return capacity;
    }

    public PaymentMode getPaymentMode() {
        return paymentMode;
    }

    public String getStripePriceId() {
        return stripePriceId;
    }

    String getScheduleJson() {
        return schedule;
    }

    public boolean isActive() {
        return active;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
