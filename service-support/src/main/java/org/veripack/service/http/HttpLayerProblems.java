package org.veripack.service.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import io.quarkus.runtime.configuration.MemorySize;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.veripack.service.problem.Problem;

/**
 * Bad input that never reaches a resource still gets a problem answer that says what was wrong: requests are
 * screened before routing (a NUL character or a broken percent-escape in the path or query, a Content-Type that is not
 * one media type), and the HTTP layer's own refusals (a path the router cannot decode, no such route, a body over its
 * limit, a method or media type an endpoint does not take) are written as problems instead of empty bodies.
 */
@ApplicationScoped
public class HttpLayerProblems {

    /** type/subtype with optional parameters; one media type only. */
    private static final Pattern MEDIA_TYPE = Pattern.compile(
            "[A-Za-z0-9!#$&^_.+-]+/[A-Za-z0-9!#$&^_.+-]+(\\s*;\\s*[A-Za-z0-9!#$&^_.+-]+=(\"[^\"]*\"|[A-Za-z0-9!#$&^_.+-]+))*\\s*");

    /** Where Quarkus's REST layer keeps a request's route template for the request metrics (ObservabilityUtil). */
    private static final String URL_PATH_TEMPLATE = "UrlPathTemplate";

    /** The body limit Quarkus enforces (on a Content-Length over it Quarkus ends the exchange with an empty 413). */
    private final long maxBodySize;

    HttpLayerProblems(@ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10M") MemorySize maxBodySize) {
        this.maxBodySize = maxBodySize.asLongValue();
    }

    /** Priority 1000 runs before Quarkus's own body limit (route order -2) and every resource. */
    void screen(@Observes Filters filters) {
        filters.register(this::screen, 1000);
    }

    void errors(@Observes Router router) {
        router.errorHandler(400, context -> refuse(context, 400, "bad-request", "Bad Request",
                "the request could not be read (a path or query the server cannot decode, or a malformed request): "
                        + "percent-encode every reserved character of a path segment, and send UTF-8"));
        router.errorHandler(404, context -> refuse(context, 404, "not-found", "Not Found",
                "no resource at " + context.request().method() + " " + context.request().path()
                        + ": see the service's README or /q/openapi for its endpoints"));
        router.errorHandler(405, context -> refuse(context, 405, "method-not-allowed", "Method Not Allowed",
                "this resource does not take " + context.request().method()));
        router.errorHandler(413, context -> refuse(context, 413, "payload-too-large", "Payload too large",
                "the body is larger than this endpoint accepts: send a smaller one (split a bulk or an upload)"));
        router.errorHandler(415, context -> refuse(context, 415, "unsupported-media-type", "Unsupported Media Type",
                "this endpoint does not take the Content-Type sent: send application/json (or text/csv where an upload takes it)"));
    }

    private void screen(RoutingContext context) {
        if (context.request().method() == HttpMethod.OPTIONS) {
            // the REST layer answers an OPTIONS it has no method for itself, without a route template; the request
            // metrics would then tag it with its raw path. A resource with its own OPTIONS method sets its template.
            Context request = Vertx.currentContext();
            if (request != null) {
                request.putLocal(URL_PATH_TEMPLATE, "OPTIONS");
            }
        }
        String uri = context.request().uri();
        String problem = uriProblem(uri);
        if (problem != null) {
            refuse(context, 400, "invalid-request", "Invalid request", problem);
            return;
        }
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && tooLong(length)) {
            context.response().putHeader(HttpHeaders.CONNECTION, "close");
            refuse(context, 413, "payload-too-large", "Payload too large", "the body has " + printable(length)
                    + " bytes; this service takes at most " + maxBodySize + " bytes: send a smaller one (split a bulk or an upload)");
            return;
        }
        String contentType = context.request().getHeader(HttpHeaders.CONTENT_TYPE);
        if (contentType != null && !MEDIA_TYPE.matcher(contentType).matches()) {
            refuse(context, 415, "unsupported-media-type", "Unsupported Media Type", "Content-Type '" + printable(contentType)
                    + "' is not one media type: send application/json (or text/csv where an upload takes it)");
            return;
        }
        context.next();
    }

    /** What is wrong with a request's path and query, or null. */
    static String uriProblem(String uri) {
        for (int i = 0; i < uri.length(); i++) {
            char c = uri.charAt(i);
            if (c == '%') {
                if (i + 2 >= uri.length() || Character.digit(uri.charAt(i + 1), 16) < 0 || Character.digit(uri.charAt(i + 2), 16) < 0) {
                    return "the path or query holds a '%' that is not followed by two hexadecimal digits: write a '%' itself as %25";
                }
                if (uri.charAt(i + 1) == '0' && uri.charAt(i + 2) == '0') {
                    return "the path or query holds %00 (U+0000), which no identifier or parameter may contain";
                }
                i += 2;
            } else if (c < 0x20 || c == 0x7F) {
                return "the path or query holds a control character, which no identifier or parameter may contain";
            }
        }
        int query = uri.indexOf('?');
        if (uri.substring(0, query < 0 ? uri.length() : query).indexOf(';') >= 0) {
            // the REST layer would read what follows as matrix parameters and drop it from the identifier: a serial
            // "AB;CD" sent raw would name pack "AB"
            return "the path holds a raw ';': percent-encode it as %3B (GS1 serials and batches may contain ';')";
        }
        try {
            new URI(uri);
            return null;
        } catch (URISyntaxException e) {
            String where = e.getIndex() < 0 ? "" : " at character " + (e.getIndex() + 1);
            return "the path or query cannot be read (" + e.getReason().toLowerCase(Locale.ROOT) + where
                    + "): percent-encode every character that is not allowed there, and send UTF-8";
        }
    }

    private boolean tooLong(String length) {
        try {
            return Long.parseLong(length.trim()) > maxBodySize;
        } catch (NumberFormatException e) {
            return false; // the HTTP codec answers a Content-Length that is not a number before routing
        }
    }

    static void refuse(RoutingContext context, int status, String slug, String title, String detail) {
        if (context.response().ended() || context.response().headWritten()) {
            return;
        }
        String body = new Problem(slug, title, status, detail).toJson();
        context.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE).end(body);
    }

    private static String printable(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().limit(100).forEach(c -> out.append(c < 0x20 || c == 0x7F ? '?' : (char) c));
        return out.toString();
    }
}
