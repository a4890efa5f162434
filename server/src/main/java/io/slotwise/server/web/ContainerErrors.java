package io.slotwise.server.web;

import io.slotwise.common.api.ErrorCode;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Errors that never reach a controller answer as problems too. Tomcat refuses some requests
 * itself (a request line or header too long, an encoded {@code ..} in a path) and renders them
 * with its error report valve; errors raised in the servlet layer outside Spring MVC (a
 * {@code TRACE}, a filter's {@code sendError}) are forwarded to {@code /error}. Both write an
 * {@code application/problem+json} with a stable code and nothing about the server inside.
 */
@Configuration(proxyBeanMethods = false)
class ContainerErrors {

    /** The closest stable code for an HTTP status the container chose. */
    static ErrorCode codeFor(int status) {
        return switch (status) {
            case 401 -> ErrorCode.UNAUTHENTICATED;
            case 403 -> ErrorCode.FORBIDDEN;
            case 404 -> ErrorCode.NOT_FOUND;
            case 405 -> ErrorCode.METHOD_NOT_ALLOWED;
            case 413 -> ErrorCode.PAYLOAD_TOO_LARGE;
            case 415 -> ErrorCode.UNSUPPORTED_MEDIA_TYPE;
            case 429 -> ErrorCode.RATE_LIMITED;
            default -> status >= 500 ? ErrorCode.INTERNAL_ERROR : ErrorCode.MALFORMED_REQUEST;
        };
    }

    static String detailFor(int status) {
        return switch (status) {
            case 404 -> "Nothing exists at this address";
            case 405 -> "This method is not supported here";
            case 413 -> "The request is too large";
            default -> status >= 500 ? "Something went wrong on our side" : "The request could not be understood";
        };
    }

    /** Installed last, so that it replaces whatever error valve the host was given before. */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorValve() {
        return factory -> factory.addContextCustomizers(context -> {
            Container host = context.getParent();
            for (Valve valve : host.getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve) {
                    host.getPipeline().removeValve(valve);
                }
            }
            host.getPipeline().addValve(new ProblemReportValve());
            if (host instanceof StandardHost standard) {
                standard.setErrorReportValveClass(ProblemReportValve.class.getName());
            }
        });
    }

    /** Tomcat's own error answers, as problems. */
    public static final class ProblemReportValve extends ErrorReportValve {

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            ErrorCode code = codeFor(status);
            String body = "{\"type\":\"https://slotwise.io/problems/" + code.name().toLowerCase().replace('_', '-') + "\","
                    + "\"title\":\"" + (status >= 500 ? "Internal Server Error" : "Bad Request") + "\",\"status\":" + status
                    + ",\"detail\":\"" + detailFor(status) + "\",\"code\":\"" + code.name() + "\"}";
            try {
                response.setContentType("application/problem+json");
                response.setCharacterEncoding("UTF-8");
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(body);
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException gone) {
                // The client is gone or the response was already sent: nothing more to say.
            }
        }
    }

    /** Errors forwarded to {@code /error} by the servlet container. */
    @RestController
    static class ProblemErrorController implements ErrorController {

        @RequestMapping("${server.error.path:/error}")
        ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
            Object attribute = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
            int status = attribute instanceof Integer s && s >= 400 ? s : 500;
            ResponseEntity<ProblemDetail> problem = ProblemDetailsAdvice.problem(codeFor(status), detailFor(status), List.of());
            problem.getBody().setStatus(status);
            return ResponseEntity.status(status).headers(problem.getHeaders()).body(problem.getBody());
        }
    }
}
