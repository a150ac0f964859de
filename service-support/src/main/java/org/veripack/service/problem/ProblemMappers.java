package org.veripack.service.problem;

import org.veripack.core.refusal.Refusal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;



/** Every error of every service answers as an RFC 9457 problem that says what was wrong. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response unavailable(BackendUnavailable e) {
        LOG.warnf("answering 503: %s", e.getMessage());
        return e.problem().toResponse();
    }

    /** A refusal by a rule: its kind chooses the HTTP status, its reason the problem type. */
    @ServerExceptionMapper
    public Response refused(Refusal e) {
        Problem problem = new Problem(e.reason().slug(), e.reason().title(), HttpStatuses.of(e.kind()), e.getMessage());
        e.facts().forEach(problem::with);
        return problem.toResponse();
    }

    /** Quarkus's own mapper for mistyped JSON answers an empty 400: this one says which field and why. */
    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER - 100)
    public Response mistypedJson(MismatchedInputException e) {
        return malformedJson(e);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e) {
        String detail;
        if (e instanceof InvalidFormatException format) {
            detail = "field '" + path(format) + "' has a value of the wrong form: " + format.getOriginalMessage();
        } else if (e instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            detail = "field '" + path(mismatch) + "' has the wrong type: " + mismatch.getOriginalMessage();
        } else {
            JsonLocation location = e.getLocation();
            detail = "the body is not valid JSON" + (location == null ? "" : " (line " + location.getLineNr()
                    + ", column " + location.getColumnNr() + ")") + ": " + e.getOriginalMessage();
        }
        return new Problem("malformed-json", "Malformed JSON", 400, detail).toResponse();
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e) {
        return unauthorizedResponse();
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e) {
        return unauthorizedResponse();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return new Problem("forbidden", "Forbidden", 403,
                "your token's role does not allow this operation").toResponse();
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonProcessingException json) {
                return malformedJson(json);
            }
        }
        int status = e.getResponse().getStatus();
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "HTTP " + status : known.getReasonPhrase();
        String slug = title.toLowerCase().replaceAll("[^a-z0-9]+", "-");
        // the REST layer's own refusals (no such route, method or media type) carry no sentence a client can act on;
        // Veripack's code refuses through Refusal, never through these exceptions
        String detail = describe(status, title);
        if (status >= 500) {
            LOG.errorf(e, "request failed with %d", status);
        }
        return new Problem(slug, title, status, detail).toResponse();
    }

    /** A store that cannot be reached answers 503; anything else unexpected is a bug: 500, logged with its cause. */
    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        if (BackendUnavailable.isConnectionFailure(e)) {
            return unavailable(e instanceof BackendUnavailable backend ? backend
                    : new BackendUnavailable(BackendUnavailable.Backend.REGISTRY, e));
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "unexpected error, incident %s", incident);
        return new Problem("internal-error", "Internal error", 500,
                "the request could not be processed; quote incident " + incident + " to the operator")
                .with("incident", incident).toResponse();
    }

    /** A sentence for an HTTP-layer refusal that came without one. */
    private static String describe(int status, String title) {
        return switch (status) {
            case 400 -> "the request could not be read: send a JSON body of the shape the endpoint documents";
            case 404 -> "no resource at this path: check the identifiers in it (percent-encode reserved characters) "
                    + "and see the service's README or /q/openapi for its endpoints";
            case 405 -> "this resource does not take that method";
            case 406 -> "this resource answers application/json (problems: application/problem+json): accept one of them";
            case 413 -> "the body is larger than this endpoint accepts: send a smaller one";
            case 415 -> "this endpoint does not take the Content-Type sent: send application/json (or text/csv where an upload takes it)";
            default -> title;
        };
    }

    private static Response unauthorizedResponse() {
        Response response = new Problem("unauthorized", "Unauthorized", 401,
                "send a valid bearer token (RS256, issuer veripack) in the Authorization header").toResponse();
        return Response.fromResponse(response).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    private static String path(MismatchedInputException e) {
        return e.getPath().stream()
                .map(reference -> reference.getFieldName() != null ? reference.getFieldName() : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining("."));
    }
}
