package io.slotwise.server.payment;

import com.stripe.exception.EventDataObjectDeserializationException;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Charge;
import com.stripe.model.Event;
import com.stripe.model.StripeObject;
import com.stripe.model.checkout.Session;
import com.stripe.net.Webhook;
import io.slotwise.common.api.ErrorCode;
import io.slotwise.server.system.SlotwiseProperties;
import io.slotwise.server.web.DomainException;
import java.time.Clock;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Stripe's notices, verified by their signature: a paid Checkout confirms its hold, an expired
 * one releases it, a refund updates the booking. Each event is handled once however often it is
 * delivered (its id is kept), and in any order: what each one does depends only on the state it
 * finds, so a late or repeated notice cannot undo a newer one.
 */
@Service
public class StripeWebhooks {

    /** Signatures older than this are refused, so a captured notice cannot be replayed later. */
    static final long TOLERANCE_SECONDS = 300;

    private static final Logger LOG = LoggerFactory.getLogger(StripeWebhooks.class);

    private final CheckoutStore store;
    private final PaymentSettlement settlement;
    private final GiftCardSales giftCardSales;
    private final String secret;
    private final Clock clock;

    private final PaymentMetrics metrics;

    StripeWebhooks(CheckoutStore store, PaymentSettlement settlement, SlotwiseProperties properties, Clock clock, PaymentMetrics metrics,
            GiftCardSales giftCardSales) {
        this.giftCardSales = giftCardSales;
        this.metrics = metrics;
        this.store = store;
        this.settlement = settlement;
        this.secret = properties.payments().stripe().webhookSecret();
        this.clock = clock;
    }

    public void receive(String payload, String signature) {
        if (secret == null || secret.isBlank()) {
            throw Payments.unavailable();
        }
        Event event;
        try {
            event = Webhook.constructEvent(payload == null ? "" : payload, signature == null ? "" : signature, secret,
                    TOLERANCE_SECONDS, clock);
        } catch (SignatureVerificationException e) {
            metrics.failed(PaymentMetrics.Failure.BAD_SIGNATURE);
            throw new DomainException(ErrorCode.SIGNATURE_INVALID, "The Stripe-Signature header does not match this payload");
        } catch (RuntimeException unreadable) {
            // Signed correctly but not an event: nothing to do with it.
            LOG.warn("A signed payment notice could not be read as a Stripe event: {}", unreadable.toString());
            throw new DomainException(ErrorCode.MALFORMED_REQUEST, "The payload is not a Stripe event");
        }
        if (store.handled(event.getId())) {
            return; // handled before: Stripe delivers at least once
        }
        // Noted as handled only once it was: a crash or failure halfway leaves it for Stripe's next
        // delivery. Every step is safe to repeat, so two deliveries at once do no harm either.
        handle(event);
        store.markHandled(event.getId(), event.getType(), clock.instant());
    }

    private void handle(Event event) {
        switch (event.getType()) {
            case "checkout.session.completed", "checkout.session.async_payment_succeeded" -> {
                Session session = object(event, Session.class);
                var hold = reservation(session);
                var giftCard = metadataId(session, "gift_card_id");
                if (giftCard.isPresent()) {
                    if ("paid".equals(session.getPaymentStatus()) && session.getPaymentIntent() != null) {
                        giftCardSales.paid(giftCard.get(), session.getAmountTotal() == null ? 0 : session.getAmountTotal(),
                                session.getPaymentIntent());
                    }
                } else if (hold.isEmpty()) {
                    // Acknowledged, not refused: refusing makes Stripe retry for days and then give up on us.
                    LOG.info("Checkout Session {} is not a Slotwise hold's; ignored", session.getId());
                } else if ("paid".equals(session.getPaymentStatus()) && session.getPaymentIntent() != null) {
                    settlement.paid(session.getId(), hold.get(), name(session), session.getPaymentIntent(),
                            session.getAmountTotal() == null ? 0 : session.getAmountTotal());
                }
            }
            case "checkout.session.expired", "checkout.session.async_payment_failed" -> {
                Session session = object(event, Session.class);
                reservation(session).ifPresent(hold -> settlement.unpaid(session.getId(), hold));
            }
            case "charge.refunded" -> {
                Charge charge = object(event, Charge.class);
                settlement.refunded(charge.getPaymentIntent(), charge.getAmountRefunded() == null ? 0 : charge.getAmountRefunded());
            }
            default -> LOG.debug("Stripe event {} of type {} needs nothing from us", event.getId(), event.getType());
        }
    }

    /** The id a Checkout Session carries under {@code key} in its metadata, if any. */
    private static java.util.Optional<UUID> metadataId(Session session, String key) {
        String id = session.getMetadata() == null ? null : session.getMetadata().get(key);
        try {
            return id == null ? java.util.Optional.empty() : java.util.Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    /** The hold a Checkout Session was made for; empty for sessions that are not ours (other sales on the account). */
    private static java.util.Optional<UUID> reservation(Session session) {
        String id = session.getMetadata() == null ? null : session.getMetadata().get("reservation_id");
        if (id == null) {
            id = session.getClientReferenceId();
        }
        try {
            return java.util.Optional.of(UUID.fromString(id));
        } catch (RuntimeException e) {
            return java.util.Optional.empty();
        }
    }

    private static String name(Session session) {
        return session.getCustomerDetails() == null ? null : session.getCustomerDetails().getName();
    }

    private static <T extends StripeObject> T object(Event event, Class<T> type) {
        var data = event.getDataObjectDeserializer();
        StripeObject object;
        try {
            // An event of another API version still carries the fields read here.
            object = data.getObject().isPresent() ? data.getObject().get() : data.deserializeUnsafe();
        } catch (EventDataObjectDeserializationException e) {
            throw DomainException.invalid("data.object", "unreadable " + event.getType() + " event");
        }
        if (!type.isInstance(object)) {
            throw DomainException.invalid("data.object", "a " + event.getType() + " event without a " + type.getSimpleName());
        }
        return type.cast(object);
    }
}
