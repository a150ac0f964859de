package org.veripack.core.diagnosis;

/**
 * One likely cause of an alert, as the alert carries it in {@code "diagnosis":[{"rule","cause","confidence",
 * "candidate":{"gtin","serial","batch","expiry"},"explanation"}]}.
 *
 * @param explanation one sentence for a pharmacist or investigator: what was probably read wrong and what is
 *                    registered
 */
public record DiagnosisEntry(Rule rule, Cause cause, Confidence confidence, Candidate candidate, String explanation) {

    public DiagnosisEntry {
        if (rule == null || cause != rule.cause() || confidence == null || candidate == null || explanation == null) {
            throw new IllegalArgumentException("an entry needs rule, its cause, confidence, candidate and explanation");
        }
    }

    DiagnosisEntry(Rule rule, Confidence confidence, Candidate candidate, String explanation) {
        this(rule, rule.cause(), confidence, candidate, explanation);
    }
}
