package org.veripack.alert.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Locale;
import java.util.UUID;
import org.veripack.alert.repository.AlertRepository;
import org.veripack.core.alert.AlertStatus;
import org.veripack.core.alert.AlertWorkflow;
import org.veripack.core.alert.CloseReason;
import org.veripack.core.refusal.Reason;
import org.veripack.core.refusal.Refusal;
import org.veripack.core.scope.Scope;

/** Status changes of an alert's investigation, as pack-core's AlertWorkflow allows them, each kept in its history. */
@ApplicationScoped
public class AlertWorkflowService {

    private final AlertRepository alerts;
    private final AlertViews views;
    private final Clock clock;

    public AlertWorkflowService(AlertRepository alerts, AlertViews views, Clock clock) {
        this.alerts = alerts;
        this.views = views;
        this.clock = clock;
    }

    public Uni<AlertView> change(Scope scope, String idText, String statusText, String reason, String closeReasonText) {
        UUID id = AlertQueryService.parseId(idText);
        AlertStatus to = parse(AlertStatus.class, "status", statusText, "UNDER_INVESTIGATION, ESCALATED or CLOSED");
        CloseReason closeReason = closeReasonText == null ? null : parse(CloseReason.class, "closeReason", closeReasonText,
                "TECHNICAL_ERROR, PROCESS_ERROR, MAH_DATA_ERROR, CONFIRMED_FALSIFICATION or OTHER");
        return alerts.changeStatus(id, alert -> {
            if (alert == null || !scope.coversAlert(alert.mah(), alert.location())) {
                throw AlertQueryService.notFound();
            }
            if (!scope.mayChangeAlert(alert.mah())) {
                throw new Refusal(Reason.ROLE_NOT_ALLOWED, "only surveillance, admin and the product's MAH change an "
                        + "alert's status; a location may read its alerts");
            }
            AlertWorkflow.check(AlertStatus.valueOf(alert.status()), to, reason, closeReason);
            return new AlertRepository.Change(to.name(), scope.subject(), clock.instant(), reason,
                    closeReason == null ? null : closeReason.name());
        }).map(changed -> views.of(changed.alert(), changed.history()));
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
