package org.veripack.upload.repository;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.veripack.core.rules.ProductState;
import org.veripack.core.rules.ProductStatus;

/** A row of registry.product. */
@Entity
@Table(schema = "registry", name = "product")
public class ProductEntity extends PanacheEntityBase {

    @Id
    public String gtin;

    @Column(name = "mah_id")
    public String mahId;

    public String name;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] markets;

    public String status;

    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

    @Column(name = "withdraw_reason")
    public String withdrawReason;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public ProductState state() {
        return new ProductState(gtin, ProductStatus.valueOf(status), mahId);
    }
}
