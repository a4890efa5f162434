package io.slotwise.server.security;

import jakarta.servlet.http.HttpServletRequest;

/** Which requests are the public API and which the staff API. */
final class SecurityPaths {

    static final String API = "/api/v1/";
    static final String PUBLIC = "/api/v1/public/";
    static final String LOGIN = "/api/v1/auth/login";

    private SecurityPaths() {
    }

    static boolean isPublic(HttpServletRequest request) {
        String path = path(request);
        return path.startsWith(PUBLIC) || path.equals(LOGIN);
    }

    static boolean isLogin(HttpServletRequest request) {
        return path(request).equals(LOGIN);
    }

    static boolean isStaffApi(HttpServletRequest request) {
        return path(request).startsWith(API) && !isPublic(request);
    }

    private static String path(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        return context != null && !context.isEmpty() && uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }
}
