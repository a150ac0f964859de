package org.veripack.testsupport.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** What invariant 8 asks of one answer to bad input: never a 5xx, and every 4xx a problem that says what was wrong. */
final class ProblemCheck {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ProblemCheck() {
    }

    /** Why the answer breaks the invariant, or null when it keeps it. */
    static String violation(String method, RawHttpClient.Answer answer) {
        int status = answer.status();
        if (status >= 500) {
            return status + " answer: " + shorten(answer.text());
        }
        if (status < 400) {
            return null;
        }
        String type = answer.header("Content-Type");
        if (type == null || !type.startsWith("application/problem+json")) {
            return status + " without application/problem+json (Content-Type " + type + ", body '" + shorten(answer.text()) + "')";
        }
        if (method.equals("HEAD")) {
            return null; // a HEAD answer carries the headers of the problem, never its body
        }
        JsonNode problem;
        try {
            problem = JSON.readTree(answer.body());
        } catch (Exception e) {
            return status + " whose problem body is not JSON: " + shorten(answer.text());
        }
        if (problem == null || !problem.path("type").isTextual() || !problem.path("title").isTextual()
                || problem.path("status").asInt() != status || problem.path("detail").asText("").isBlank()) {
            return status + " whose problem lacks type, title, a matching status or a detail: " + shorten(answer.text());
        }
        return null;
    }

    private static String shorten(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
