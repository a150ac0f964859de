package org.veripack.core.upload;

import java.util.Comparator;
import org.veripack.core.refusal.Refusal;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The counts of one upload and its first {@value UploadRules#MAX_REPORTED_ERRORS} line errors by line number,
 * whatever order they are found in: memory stays bounded whatever the upload's size.
 */
public final class UploadReport {

    /** One refused line: its number (from 1), the serial as sent, and why. */
    public record LineError(long line, String serial, String reason) {
    }

    /** A serial is at most 20 characters; a longer refused one is shown up to this many. */
    static final int MAX_SHOWN_SERIAL = 64;

    private long received;
    private long accepted;
    private long duplicates;
    private long invalid;
    /** The errors with the smallest line numbers so far, the largest on top to be evicted first. */
    private final PriorityQueue<LineError> errors = new PriorityQueue<>(Comparator.comparingLong(LineError::line).reversed());

    public void received() {
        received++;
    }

    public void accepted(long count) {
        accepted += count;
    }

    public void duplicates(long count) {
        duplicates += count;
    }

    public void invalid(long line, String serial, String reason) {
        invalid++;
        errors.add(new LineError(line, shown(serial), Refusal.printable(reason)));
        if (errors.size() > UploadRules.MAX_REPORTED_ERRORS) {
            errors.poll();
        }
    }

    public long receivedCount() {
        return received;
    }

    public long acceptedCount() {
        return accepted;
    }

    public long duplicateCount() {
        return duplicates;
    }

    public long invalidCount() {
        return invalid;
    }

    /**
     * A refused serial as the report shows it: control characters (a NUL among them, which PostgreSQL cannot store)
     * become U+FFFD and a long one is cut, so a report can always be stored and read back.
     */
    static String shown(String serial) {
        if (serial == null) {
            return null;
        }
        StringBuilder shown = new StringBuilder(Math.min(serial.length(), MAX_SHOWN_SERIAL + 1));
        serial.codePoints().limit(MAX_SHOWN_SERIAL)
                .forEach(c -> shown.appendCodePoint(Character.isISOControl(c) ? '\uFFFD' : c));
        if (serial.codePointCount(0, serial.length()) > MAX_SHOWN_SERIAL) {
            shown.append('\u2026');
        }
        return shown.toString();
    }

    /** The first errors, by line number. */
    public List<LineError> errors() {
        return errors.stream().sorted(Comparator.comparingLong(LineError::line)).toList();
    }
}
