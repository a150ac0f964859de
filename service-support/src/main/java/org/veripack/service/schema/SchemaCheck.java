package org.veripack.service.schema;

import io.quarkus.runtime.Quarkus;
import io.smallrye.mutiny.Uni;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.jboss.logging.Logger;
import org.veripack.service.problem.BackendUnavailable;

/**
 * Services never migrate: the migration step owns the schemas ({@code ./veripack migrate}, the Kubernetes Job
 * {@code veripack-migrate}). At start a service reads the schema's version from its Flyway history and refuses to
 * run on a schema older than the one it was built for: it logs what to do and exits. While the database cannot be
 * reached the check is retried; a service that may serve without the database (verification-service answers
 * verifies from the cache) stays ready meanwhile, the others are not ready until the check passed.
 * Each service extends this class with its persistence stack's way of reading the version.
 */
public abstract class SchemaCheck implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(SchemaCheck.class);

    /** What the check knows so far. */
    enum State { UNCHECKED, CURRENT, BEHIND }

    private final String schema;
    private final int required;
    private final boolean readyWhileUnchecked;
    private final AtomicReference<State> state = new AtomicReference<>(State.UNCHECKED);

    protected SchemaCheck(String schema, int required, boolean readyWhileUnchecked) {
        this.schema = schema;
        this.required = required;
        this.readyWhileUnchecked = readyWhileUnchecked;
    }

    /** The newest successfully applied version of the schema (0 when it has no history table yet). */
    protected abstract Uni<Integer> currentVersion(String schema);

    /** Checks once; called at start and then periodically until it passed. */
    protected Uni<Void> check() {
        if (state.get() != State.UNCHECKED) {
            return Uni.createFrom().voidItem();
        }
        return currentVersion(schema).invoke(version -> {
            if (version >= required) {
                state.set(State.CURRENT);
                LOG.debugf("schema %s at version %d (this build needs %d)", schema, version, required);
                return;
            }
            state.set(State.BEHIND);
            LOG.errorf("The database schema '%s' is at version %d but this build needs version %d: run the migration "
                    + "step first (./veripack migrate; on Kubernetes the Job veripack-migrate), then start the service "
                    + "again. Stopping.", schema, version, required);
            Quarkus.asyncExit(1);
        }).replaceWithVoid().onFailure().recoverWithUni(failure -> {
            if (BackendUnavailable.isConnectionFailure(failure)) {
                LOG.infof("schema %s not checked yet, the database cannot be reached: %s", schema, failure.getMessage());
            } else {
                LOG.errorf(failure, "schema %s could not be checked", schema);
            }
            return Uni.createFrom().voidItem();
        });
    }

    @Override
    public HealthCheckResponse call() {
        State now = state.get();
        boolean up = now == State.CURRENT || (now == State.UNCHECKED && readyWhileUnchecked);
        return HealthCheckResponse.named("schema " + schema).status(up).withData("state", now.name())
                .withData("required", required).build();
    }
}
