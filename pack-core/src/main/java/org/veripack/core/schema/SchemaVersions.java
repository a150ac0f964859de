package org.veripack.core.schema;

/**
 * The schema versions this build of the services is written for. The schema module owns the migrations and
 * applies them ({@code ./veripack migrate}, the Kubernetes migration Job); a service checks at start that the
 * database is at least at these versions and refuses to start when it is behind. The schema module's tests keep
 * these numbers equal to its newest migrations.
 */
public final class SchemaVersions {

    /** registry: products, batches, packs and their events, uploads, replays, the alert outbox, records. */
    public static final int REGISTRY = 3;
    /** alert: alert-service's alerts and their investigation. */
    public static final int ALERT = 1;

    private SchemaVersions() {
    }
}
