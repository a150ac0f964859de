package org.veripack.core.rules;

/** A request that no state could make valid: the services answer it with 400. */
public final class InvalidRequestException extends IllegalArgumentException {

    public InvalidRequestException(String message) {
        super(message);
    }
}
