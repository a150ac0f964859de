package org.veripack.core.alert;

/** Why an alert was closed. */
public enum CloseReason {
    TECHNICAL_ERROR,
    PROCESS_ERROR,
    MAH_DATA_ERROR,
    CONFIRMED_FALSIFICATION,
    OTHER
}
