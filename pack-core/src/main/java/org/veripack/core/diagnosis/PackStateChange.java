package org.veripack.core.diagnosis;

import java.time.Instant;
import org.veripack.core.rules.PackStatus;

/** One state change of the alert's pack (R12), from its pack events. */
public record PackStateChange(long seq, PackStatus from, PackStatus to, String location, Instant at) {
}
