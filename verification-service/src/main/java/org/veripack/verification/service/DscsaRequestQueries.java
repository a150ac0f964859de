package org.veripack.verification.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.veripack.core.gs1.Gs1Validation;
import org.veripack.core.record.OperationRecord;
import org.veripack.core.refusal.Refusal;
import org.veripack.core.scope.Scope;
import org.veripack.core.paging.Paging;
import org.veripack.verification.repository.DscsaRequestRecords;

/**
 * {@code GET /api/v1/dscsa/requests}: the DSCSA requests answered, for operators (admin, surveillance: all of them; a
 * manufacturer: those about its products), newest first, with each request's corrUUID and answer.
 */
@ApplicationScoped
public class DscsaRequestQueries {

    static final int MAX_PAGE_SIZE = 500;

    private final DscsaRequestRecords records;
    private final ObjectMapper json;

    public DscsaRequestQueries(DscsaRequestRecords records, ObjectMapper json) {
        this.records = records;
        this.json = json;
    }

    /** One DSCSA request as listed: who asked about which pack, when, and what was answered. */
    @RegisterForReflection
    public record Request(Instant at, String gtin, String serial, String lot, String exp,
            @com.fasterxml.jackson.annotation.JsonProperty("reqGLN") String reqGln, String actor,
            @com.fasterxml.jackson.annotation.JsonProperty("corrUUID") String corrUuid, String context, Answer answer) {
    }

    /** The answer's data as it was sent. */
    @RegisterForReflection
    public record Answer(boolean verified, String verificationFailureReason, String additionalInfo) {
    }

    @RegisterForReflection
    public record RequestPage(List<Request> items, long total, int page, int size) {
    }

    /** Raw query values; null or empty means "any". */
    public record Query(String gtin, String serial, String reqGln, String failedOnly, String from, String to,
            String page, String size) {
    }

    public Uni<RequestPage> list(Scope scope, Query query) {
        Paging.Page page = Paging.page(or(query.page(), "0"), or(query.size(), "50"), MAX_PAGE_SIZE);
        String mah = scope.readsEverything() ? null : scope.requireMah();
        DscsaRequestRecords.Filter filter = new DscsaRequestRecords.Filter(
                PackQueries.instant("from", query.from(), Instant.EPOCH),
                PackQueries.instant("to", query.to(), Instant.parse("9999-12-31T00:00:00Z")),
                blank(query.gtin()) ? null : Gs1Validation.gtin14(query.gtin()),
                blank(query.serial()) ? null : Gs1Validation.serial(query.serial()),
                blank(query.reqGln()) ? null : Gs1Validation.gln(query.reqGln()),
                flag("failedOnly", query.failedOnly()), mah);
        return records.page(filter, page.size(), page.offset()).map(found -> new RequestPage(
                found.items().stream().map(this::request).toList(), found.total(), page.page(), page.size()));
    }

    private Request request(OperationRecord record) {
        JsonNode details = details(record.details());
        Answer answer = new Answer(details.path("verified").asBoolean(false), text(details, "verificationFailureReason"),
                text(details, "additionalInfo"));
        return new Request(record.at(), record.gtin(), record.serial(), record.batch(), record.expiry(),
                record.location(), record.actor(), record.txId(), text(details, "context"), answer);
    }

    private JsonNode details(String text) {
        try {
            return text == null ? json.createObjectNode() : json.readTree(text);
        } catch (IOException e) {
            throw new IllegalStateException("a DSCSA record's details are not JSON", e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static boolean flag(String name, String value) {
        if (blank(value)) {
            return false;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw Refusal.invalid("\"" + name + "\" must be true or false").with("parameter", name);
        };
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String or(String value, String absent) {
        return blank(value) ? absent : value;
    }

}
