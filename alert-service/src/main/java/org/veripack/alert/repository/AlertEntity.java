package org.veripack.alert.repository;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A stored alert (schema alert), written once by the stream consumer or the reconciliation. */
@Entity
@Table(schema = "alert", name = "alert")
public class AlertEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    public String code;

    @Column(name = "return_code")
    public String returnCode;

    public String gtin;
    public String serial;
    public String batch;
    public String expiry;
    public String location;
    public String actor;
    public String role;
    public String mah;
    public String source;

    @Column(name = "raised_at")
    public Instant raisedAt;

    @Column(name = "stored_at")
    public Instant storedAt;

    public String status;

    @JdbcTypeCode(SqlTypes.JSON)
    public String details;

    /** Increases in storage order; the live stream's resumable position. */
    @Column(insertable = false, updatable = false)
    public Long position;
}
