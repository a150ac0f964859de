package org.veripack.alert.repository;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** One step of an alert's investigation: who moved it from what to what, when and why. */
@Entity
@Table(schema = "alert", name = "alert_status_change")
@IdClass(AlertStatusChangeEntity.Key.class)
public class AlertStatusChangeEntity extends PanacheEntityBase {

    @Id
    @Column(name = "alert_id")
    public UUID alertId;

    @Id
    public int seq;

    @Column(name = "from_status")
    public String fromStatus;

    @Column(name = "to_status")
    public String toStatus;

    @Column(name = "changed_by")
    public String changedBy;

    @Column(name = "changed_at")
    public Instant changedAt;

    public String reason;

    @Column(name = "close_reason")
    public String closeReason;

    /** The composite key. */
    public static class Key implements Serializable {
        public UUID alertId;
        public int seq;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.alertId.equals(alertId) && key.seq == seq;
        }

        @Override
        public int hashCode() {
            return alertId.hashCode() * 31 + seq;
        }
    }
}
