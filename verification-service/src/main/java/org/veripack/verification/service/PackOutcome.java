package org.veripack.verification.service;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.veripack.service.problem.Problem;

/**
 * An answer ready to send: 200 with the pack answer, or a problem carrying the same fields. Its JSON is what a
 * replay of the same txId returns.
 */
// native: stored as JSON for txId replays and sent inside a Response, which Quarkus cannot see through
@RegisterForReflection
public record PackOutcome(int httpStatus, PackAnswer answer, String title, String detail, String problemType) {

    /** An answer whose problem type (when refused) is named after its return code. */
    public PackOutcome(int httpStatus, PackAnswer answer, String title, String detail) {
        this(httpStatus, answer, title, detail, null);
    }

    /**
     * The body as sent: the answer itself on 200, otherwise an RFC 9457 problem with the answer's fields. Not a
     * property of the outcome's own JSON (which a txId replay reads back).
     */
    @JsonIgnore
    public Object body() {
        if (httpStatus == 200) {
            return answer;
        }
        Problem problem = new Problem(problemType != null ? problemType : answer.code().toLowerCase(), title, httpStatus,
                detail);
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("code", answer.code());
        fields.put("alertCode", answer.alertCode());
        fields.put("alertId", answer.alertId());
        fields.put("gtin", answer.gtin());
        fields.put("serial", answer.serial());
        fields.put("batch", answer.batch());
        fields.put("expiry", answer.expiry());
        fields.put("state", answer.state());
        // "status" is the HTTP status in a problem: the pack's status is "packStatus" there
        fields.put("packStatus", answer.status());
        fields.put("dispensable", answer.dispensable());
        fields.put("quarantine", answer.quarantine());
        fields.forEach(problem::with);
        return problem;
    }
}
