package io.slotwise.server.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Lets {@code embed.js} tell a site owner why the widget does not show on their page: asked from
 * the page (any origin may ask), it says whether that page's origin may frame the venue's widget.
 * It tells nothing the widget page's own {@code frame-ancestors} header does not.
 */
@RestController
class FramingCheckController {

    private final WidgetFraming framing;

    FramingCheckController(WidgetFraming framing) {
        this.framing = framing;
    }

    /** {@code ?key=} or {@code ?activityId=} as in the widget's address; 404 for a venue there is not. */
    @GetMapping("/embed/framing")
    ResponseEntity<Map<String, Object>> framing(HttpServletRequest request, @RequestHeader(name = "Origin", required = false) String origin) {
        if (origin == null) {
            // Asked without an Origin: from the server's own pages, which may always frame it.
            return answer(true, null);
        }
        return framing.mayFrame(request, origin).map(allowed -> answer(allowed, origin))
                .orElseGet(() -> ResponseEntity.notFound().header("Access-Control-Allow-Origin", "*").build());
    }

    private static ResponseEntity<Map<String, Object>> answer(boolean allowed, String origin) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).header("Access-Control-Allow-Origin", "*")
                .body(origin == null ? Map.of("allowed", allowed) : Map.of("allowed", allowed, "origin", origin));
    }
}
