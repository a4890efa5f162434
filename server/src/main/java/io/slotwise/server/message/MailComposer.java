package io.slotwise.server.message;

import io.slotwise.common.api.Booking;
import io.slotwise.common.api.GiftCard;
import io.slotwise.server.activity.ActivityService;
import io.slotwise.server.booking.BookingService;
import io.slotwise.server.booking.ManageTokens;
import io.slotwise.server.giftcard.GiftCards;
import io.slotwise.server.system.SlotwiseProperties;
import io.slotwise.server.venue.VenueInfo;
import io.slotwise.server.venue.VenueService;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Turns a stored message into the mail a customer gets: HTML and plain text from the templates
 * under {@code mail/}, in the booking's language, with the venue's contact, the manage link and,
 * for a confirmation, the calendar file. Rendered when sent, from the booking as it is then.
 */
@Component
class MailComposer {

    private final BookingService bookings;
    private final VenueService venues;
    private final ManageTokens manageTokens;
    private final ActivityService activities;
    private final CalendarFiles calendar;
    private final SlotwiseProperties properties;
    private final Clock clock;
    private final GiftCards giftCards;
    private final SpringTemplateEngine templates = new SpringTemplateEngine();
    private final ResourceBundleMessageSource texts = new ResourceBundleMessageSource();

    MailComposer(BookingService bookings, VenueService venues, ManageTokens manageTokens, CalendarFiles calendar,
            SlotwiseProperties properties, Clock clock, ActivityService activities, GiftCards giftCards) {
        this.activities = activities;
        this.giftCards = giftCards;
        this.bookings = bookings;
        this.venues = venues;
        this.manageTokens = manageTokens;
        this.calendar = calendar;
        this.properties = properties;
        this.clock = clock;
        templates.addTemplateResolver(resolver(TemplateMode.HTML, "*.html", 1));
        templates.addTemplateResolver(resolver(TemplateMode.TEXT, "*.txt", 2));
        texts.setBasename("mail/messages");
        texts.setDefaultEncoding("UTF-8");
        texts.setFallbackToSystemLocale(false); // English is messages.properties, whatever the machine's locale
        templates.setTemplateEngineMessageSource(texts);
    }

    private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String pattern, int order) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("mail/");
        resolver.setTemplateMode(mode);
        resolver.setResolvablePatterns(Set.of(pattern));
        resolver.setCharacterEncoding("UTF-8");
        resolver.setOrder(order);
        resolver.setCheckExistence(true);
        return resolver;
    }

    /**
     * A mail as its customer will read it: from the venue (answers go to its address, if it has
     * one), a subject, plain text, HTML and, for a new time, the calendar file.
     */
    record RenderedMail(String fromName, String replyTo, String subject, String text, String html, String calendar,
            String attachmentName) {
    }

    /** Renders {@code message} from the booking (or gift card) and venue as they are now. */
    RenderedMail render(StoredMessage message) {
        if (message.giftCardId() != null) {
            return renderGiftCard(message);
        }
        Booking booking = bookings.get(message.bookingId());
        VenueInfo venue = venues.get(message.venueId());
        Locale locale = Locale.forLanguageTag(message.locale());
        Context context = new Context(locale, variables(message, booking, venue, locale));
        String subject = texts.getMessage(message.kind().template() + ".subject",
                new Object[] {booking.activityName(), venue.name()}, locale);
        String calendarFile = message.kind().withCalendar() ? calendar.forBooking(booking, venue, manageUrl(message, booking)) : null;
        return new RenderedMail(venue.name(), venue.email(), subject, templates.process(message.kind().template() + ".txt", context),
                templates.process(message.kind().template() + ".html", context), calendarFile,
                "booking-" + booking.bookingNumber() + ".ics");
    }

    /** A gift card's mail: its value, its code, its last day and where to book with it. */
    private RenderedMail renderGiftCard(StoredMessage message) {
        GiftCard card = giftCards.get(message.giftCardId());
        VenueInfo venue = venues.get(message.venueId());
        Locale locale = Locale.forLanguageTag(message.locale());
        Context context = new Context(locale, Map.of(
                "venue", venue,
                "card", card,
                "amount", money(card.initialAmount(), card.currency(), locale),
                "expires", card.expiresAt() == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
                        .format(card.expiresAt()),
                "bookUrl", message.baseUrl() + "/embed?widget=calendar&key=" + URLEncoder.encode(venue.embedKey(), StandardCharsets.UTF_8)));
        String subject = texts.getMessage("gift-card.subject", new Object[] {venue.name()}, locale);
        return new RenderedMail(venue.name(), venue.email(), subject, templates.process("gift-card.txt", context),
                templates.process("gift-card.html", context), null, null);
    }

    MimeMessage compose(JavaMailSender sender, StoredMessage message) throws MessagingException, UnsupportedEncodingException {
        RenderedMail rendered = render(message);
        MimeMessage mail = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(mail, true, "UTF-8");
        helper.setFrom(properties.mail().from(), rendered.fromName());
        helper.setTo(message.recipient());
        if (rendered.replyTo() != null) {
            helper.setReplyTo(rendered.replyTo());
        }
        helper.setSubject(rendered.subject());
        helper.setSentDate(java.util.Date.from(clock.instant()));
        helper.setText(rendered.text(), rendered.html());
        if (rendered.calendar() != null) {
            helper.addAttachment(rendered.attachmentName(), new ByteArrayResource(rendered.calendar().getBytes(StandardCharsets.UTF_8)),
                    "text/calendar; charset=UTF-8; method=PUBLISH");
        }
        mail.saveChanges();
        // The message's id as the mail's: a copy sent again after a crash is recognisably the same mail.
        mail.setHeader("Message-ID", "<" + message.id() + "@slotwise>");
        return mail;
    }

    private Map<String, Object> variables(StoredMessage message, Booking booking, VenueInfo venue, Locale locale) {
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale);
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
        var start = booking.startTime().atZoneSameInstant(venue.zone());
        var end = booking.endTime().atZoneSameInstant(venue.zone());
        long refund = message.refundAmount() == null ? 0 : message.refundAmount();
        return Map.ofEntries(
                Map.entry("refund", refund > 0 ? money(refund, booking.currency(), locale) : ""),
                Map.entry("venue", venue),
                Map.entry("day", day.format(start)),
                Map.entry("from", time.format(start)),
                Map.entry("until", time.format(end)),
                Map.entry("amount", money(booking.totalAmount(), booking.currency(), locale)),
                // With a promo code: the price before it and what it took off ("" without one).
                Map.entry("price", money(booking.amount(), booking.currency(), locale)),
                Map.entry("discount", booking.discount() > 0 ? money(booking.discount(), booking.currency(), locale) : ""),
                Map.entry("paid", booking.paymentStatus().name().equals("PAID")),
                Map.entry("payNote", payNote(booking, locale)),
                Map.entry("giftCard", booking.giftCardAmount() > 0 ? money(booking.giftCardAmount(), booking.currency(), locale) : ""),
                Map.entry("manageUrl", manageUrl(message, booking)),
                Map.entry("booking", booking),
                Map.entry("whatToBring", java.util.Objects.requireNonNullElse(activities.whatToBring(booking.activityId()), "")));
    }

    /** How the total is paid: online, by a gift card, or (what is left of it) at the venue. */
    private String payNote(Booking booking, Locale locale) {
        if (booking.paymentStatus().name().equals("PAID")) {
            return texts.getMessage("paid.online", null, locale);
        }
        if (booking.giftCardAmount() > 0) {
            return booking.amountDue() == 0 ? texts.getMessage("paid.giftCard", null, locale)
                    : texts.getMessage("pay.rest.at.venue", new Object[] {money(booking.amountDue(), booking.currency(), locale)}, locale);
        }
        return texts.getMessage("pay.at.venue", null, locale);
    }

    private String manageUrl(StoredMessage message, Booking booking) {
        return message.baseUrl() + "/manage?booking=" + URLEncoder.encode(booking.bookingNumber(), StandardCharsets.UTF_8)
                + "&token=" + manageTokens.tokenFor(booking.id());
    }

    /** An amount in minor units as the customer's language writes it: "25,00 €", "€25.00". */
    static String money(long minor, String currency, Locale locale) {
        Currency unit = Currency.getInstance(currency);
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(unit);
        int digits = Math.max(0, unit.getDefaultFractionDigits());
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format.format(BigDecimal.valueOf(minor, digits));
    }
}
