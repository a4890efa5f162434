package io.slotwise.server.security;

import jakarta.servlet.http.HttpServletRequest;

/** Which requests are the public API and which the staff API. */
final class SecurityPaths {

    static final String API = "/api/v1/";
    static final String PUBLIC = "/api/v1/public/";
    static final String LOGIN = "/api/v1/auth/login";
    static final String AUTH = "/api/v1/auth/";
    /** Stripe's notices: no token, their signature is checked instead. */
    static final String PAYMENT_WEBHOOK = "/api/v1/payments/stripe/webhook";

    private SecurityPaths() {
    }

    static boolean isPublic(HttpServletRequest request) {
        String path = path(request);
        return path.startsWith(PUBLIC) || path.equals(LOGIN) || path.equals(PAYMENT_WEBHOOK);
    }

    static boolean isPaymentWebhook(HttpServletRequest request) {
        return path(request).equals(PAYMENT_WEBHOOK);
    }

    static boolean isLogin(HttpServletRequest request) {
        return path(request).equals(LOGIN);
    }

    /** The staff API proper, authorized per resource; {@code /auth/*} acts on the caller only. */
    static boolean isStaffApi(HttpServletRequest request) {
        String path = path(request);
        return path.startsWith(API) && !isPublic(request) && !path.startsWith(AUTH);
    }

    /** Everything under /api/v1 but the public API and login: a bearer token is required. */
    static boolean needsToken(HttpServletRequest request) {
        return path(request).startsWith(API) && !isPublic(request);
    }

    private static String path(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        return context != null && !context.isEmpty() && uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }
}
