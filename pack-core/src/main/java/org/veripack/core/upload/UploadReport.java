package org.veripack.core.upload;

import java.util.Comparator;
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
        errors.add(new LineError(line, serial, reason));
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

    /** The first errors, by line number. */
    public List<LineError> errors() {
        return errors.stream().sorted(Comparator.comparingLong(LineError::line)).toList();
    }
}
