package io.slotwise.server.widget;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The booking widget's pages: the widget itself and manage my booking. The page reads its options ({@code widget}, {@code key} or
 * {@code activityId}, {@code accent}, {@code locale}) from its own URL and talks to the public
 * API only; the files it loads are static, under {@code /embed/}, served as they are.
 */
@Controller
class WidgetController {

    @GetMapping("/embed")
    String embed() {
        return "forward:/embed/index.html";
    }

    /** Manage my booking, opened from the link in the customer's mails ({@code booking} and {@code token}). */
    @GetMapping("/manage")
    String manage() {
        return "forward:/embed/manage.html";
    }
}
