package org.veripack.service.problem;

/** Thrown by services to answer with a problem; mapped by {@link ProblemMappers}. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.getDetail(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(new Problem("invalid-request", "Invalid request", 400, detail));
    }

    /** Whatever lies outside the caller's scope answers 404, so identifiers cannot be probed. */
    public static ProblemException notFound(String detail) {
        return new ProblemException(new Problem("not-found", "Not found", 404, detail));
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(new Problem("conflict", "Refused by the current state", 409, detail));
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(new Problem("forbidden", "Forbidden", 403, detail));
    }
}
