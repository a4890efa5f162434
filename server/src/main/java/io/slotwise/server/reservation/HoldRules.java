package io.slotwise.server.reservation;

import io.slotwise.common.api.ErrorCode;
import io.slotwise.common.api.HoldRequest;
import io.slotwise.server.activity.ActivityService;
import io.slotwise.server.session.SessionTerms;
import io.slotwise.server.web.DomainException;
import io.slotwise.server.web.Violations;

/** What a hold request must be, what it costs, and the refusals a hold answers with, in the customer's words. */
final class HoldRules {

    static final int MAX_IDEMPOTENCY_KEY = 255;

    private HoldRules() {
    }

    static void validate(HoldRequest request, String idempotencyKey) {
        Violations v = new Violations();
        if (request == null) {
            v.add("body", "is required");
            v.throwIfAny();
        }
        v.required("sessionId", request.sessionId());
        v.between("partySize", request.partySize(), 1, ActivityService.MAX_PARTY_SIZE);
        v.email("email", request.email());
        if (request.tickets() != null && request.tickets().size() > 20) {
            v.add("tickets", "at most 20 ticket categories");
        }
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > MAX_IDEMPOTENCY_KEY)) {
            v.add("Idempotency-Key", "must be 1 to " + MAX_IDEMPOTENCY_KEY + " characters");
        }
        v.throwIfAny();
    }

    /** What the party pays, or why its tickets cannot be priced (a 400 naming the field). */
    static HoldPrice.Priced price(SessionTerms terms, HoldRequest request) {
        try {
            return HoldPrice.of(terms.selling(), terms.price(), request.partySize(), request.tickets());
        } catch (HoldPrice.Refused refused) {
            throw DomainException.invalid(refused.field(), refused.getMessage());
        } catch (ArithmeticException tooLarge) {
            throw DomainException.invalid("partySize", "the price of this party is too large to charge");
        }
    }

    static DomainException resourceBusy() {
        return new DomainException(ErrorCode.RESOURCE_BUSY,
                "The room (or another resource) this session needs is taken at that time; please choose another time");
    }

    static DomainException insufficientCapacity() {
        return new DomainException(ErrorCode.INSUFFICIENT_CAPACITY, "Not enough seats left in this session");
    }

    static DomainException notBookable() {
        return new DomainException(ErrorCode.SESSION_NOT_BOOKABLE, "This session has started, is blocked or is cancelled");
    }
}
