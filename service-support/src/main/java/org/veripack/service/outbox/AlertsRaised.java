package org.veripack.service.outbox;

/**
 * Fired (as a CDI event) after a transaction that put alerts into the registry outbox committed: the service's relay
 * observes it and relays at once instead of at its next scheduled run.
 */
public record AlertsRaised() {

    public static final AlertsRaised INSTANCE = new AlertsRaised();
}
