package org.veripack.upload.rest;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import org.veripack.upload.repository.DscsaPolicyRepository.StoredPolicy;

/** A MAH's DSCSA policy as the API shows it; {@code updatedAt} null while the MAH has the default. */
@RegisterForReflection
public record DscsaPolicyView(String mah, String recalled, String expired, Instant updatedAt) {

    static DscsaPolicyView of(StoredPolicy stored) {
        return new DscsaPolicyView(stored.mah(), stored.policy().recalled().name(), stored.policy().expired().name(),
                stored.updatedAt());
    }
}
