package org.veripack.verification.service;

import org.veripack.core.refusal.Reason;
import org.veripack.core.refusal.Refusal;

import org.veripack.service.problem.Problem;
import org.veripack.service.problem.ProblemException;

/** PostgreSQL did not answer: nothing was changed or acknowledged; the client may send the request again. */
public class RegistryUnavailableException extends ProblemException {

    public RegistryUnavailableException(Throwable cause) {
        super(new Problem("registry-unavailable", "Registry unavailable", 503,
                "the registry database is not reachable, so nothing was changed; send the request again (same txId) shortly"));

    }

    /** Failures of the database itself, as opposed to answers of the rules. */
    public static boolean isInfrastructureFailure(Throwable failure) {
        return !(failure instanceof ProblemException) && !(failure instanceof IllegalArgumentException)
                && !(failure instanceof Refusal);
    }
}
