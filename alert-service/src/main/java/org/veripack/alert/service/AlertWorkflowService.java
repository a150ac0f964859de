package org.veripack.alert.service;

import org.veripack.core.refusal.Reason;
import org.veripack.core.refusal.Refusal;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.veripack.alert.repository.AlertEntity;
import org.veripack.alert.repository.AlertStatusChangeEntity;
import org.veripack.alert.rest.AlertView;
import org.veripack.core.alert.AlertStatus;
import org.veripack.core.alert.AlertWorkflow;
import org.veripack.core.alert.CloseReason;


/** Status changes of an alert's investigation, as pack-core's AlertWorkflow allows them, each kept in its history. */
@ApplicationScoped
public class AlertWorkflowService {

    @Inject
    Clock clock;

    public Uni<AlertView> change(AlertScope scope, String idText, String statusText, String reason, String closeReasonText,
            String by) {
        UUID id = AlertQueries.parseId(idText);
        AlertStatus to = parse(AlertStatus.class, "status", statusText, "UNDER_INVESTIGATION, ESCALATED or CLOSED");
        CloseReason closeReason = closeReasonText == null ? null : parse(CloseReason.class, "closeReason", closeReasonText,
                "TECHNICAL_ERROR, PROCESS_ERROR, MAH_DATA_ERROR, CONFIRMED_FALSIFICATION or OTHER");
        return Panache.withTransaction(() -> AlertEntity.<AlertEntity>findById(id, LockModeType.PESSIMISTIC_WRITE)
                .flatMap(alert -> {
                    if (alert == null || !scope.covers(alert.mah, alert.location)) {
                        throw AlertQueries.notFound();
                    }
                    AlertStatus from = AlertStatus.valueOf(alert.status);
                    AlertWorkflow.check(from, to, reason, closeReason);
                    return AlertStatusChangeEntity.count("alertId", id).flatMap(count -> {
                        AlertStatusChangeEntity change = new AlertStatusChangeEntity();
                        change.alertId = id;
                        change.seq = (int) (count + 1);
                        change.fromStatus = from.name();
                        change.toStatus = to.name();
                        change.changedBy = by;
                        change.changedAt = clock.instant();
                        change.reason = reason;
                        change.closeReason = closeReason == null ? null : closeReason.name();
                        alert.status = to.name();
                        return change.persist().chain(alert::persistAndFlush)
                                .chain(() -> AlertQueries.withHistory(List.of(alert))).map(views -> views.get(0));
                    });
                }));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String field, String value, String allowed) {
        if (value == null) {
            throw Refusal.invalid("\"" + field + "\" is required: " + allowed);
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid("\"" + field + "\" '" + value + "' is not one of " + allowed);
        }
    }
}
