package org.veripack.core.rules;

/**
 * A request the rules refuse as a whole, with the HTTP status the services answer, a short problem slug
 * and a sentence that says what was wrong and what to send instead.
 */
public final class RefusedException extends RuntimeException {

    private final int httpStatus;
    private final String slug;

    public RefusedException(int httpStatus, String slug, String detail) {
        super(detail, null, false, false);
        this.httpStatus = httpStatus;
        this.slug = slug;
    }

    public int httpStatus() {
        return httpStatus;
    }

    public String slug() {
        return slug;
    }
}
