package org.veripack.core.cache;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Redis Cluster's key slots, and how calls are grouped into pipelines so that each pipeline works on a cluster:
 * a multi-key command must name keys of one slot (else CROSSSLOT), and the Vert.x cluster client sends a
 * pipeline to one node only, so it refuses one whose keys live on different nodes.
 */
public final class ClusterSlots {

    public static final int SLOTS = 16384;

    private ClusterSlots() {
    }

    /** The slot of a key: CRC16/XMODEM of its hash tag (the first non-empty {...}) or of the whole key. */
    public static int slot(String key) {
        int open = key.indexOf('{');
        if (open >= 0) {
            int close = key.indexOf('}', open + 1);
            if (close > open + 1) {
                key = key.substring(open + 1, close);
            }
        }
        int crc = 0;
        for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
            crc ^= (b & 0xFF) << 8;
            for (int i = 0; i < 8; i++) {
                crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
            }
            crc &= 0xFFFF;
        }
        return crc % SLOTS;
    }

    /** The one slot all keys of a call share; a call whose keys span slots is a layout bug. */
    public static int slotOfCall(List<String> keys) {
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("a call without keys has no slot");
        }
        int slot = slot(keys.get(0));
        for (String key : keys) {
            if (slot(key) != slot) {
                throw new IllegalArgumentException("keys of one call in different slots: " + keys);
            }
        }
        return slot;
    }

    /**
     * Groups calls (given by their keys) into pipelines of at most {@code max} calls, as indexes into the input.
     * For a cluster every pipeline holds calls of one slot; otherwise the calls keep their order and only the size
     * limits a pipeline. Every call is in exactly one pipeline.
     */
    public static List<List<Integer>> pipelines(List<List<String>> keysPerCall, int max, boolean cluster) {
        if (max < 1) {
            throw new IllegalArgumentException("max must be at least 1");
        }
        List<List<Integer>> pipelines = new ArrayList<>();
        if (!cluster) {
            for (int start = 0; start < keysPerCall.size(); start += max) {
                List<Integer> slice = new ArrayList<>();
                for (int i = start; i < Math.min(start + max, keysPerCall.size()); i++) {
                    slice.add(i);
                }
                pipelines.add(slice);
            }
            return pipelines;
        }
        Map<Integer, List<Integer>> bySlot = new LinkedHashMap<>();
        for (int i = 0; i < keysPerCall.size(); i++) {
            bySlot.computeIfAbsent(slotOfCall(keysPerCall.get(i)), s -> new ArrayList<>()).add(i);
        }
        for (List<Integer> calls : bySlot.values()) {
            for (int start = 0; start < calls.size(); start += max) {
                pipelines.add(new ArrayList<>(calls.subList(start, Math.min(start + max, calls.size()))));
            }
        }
        return pipelines;
    }
}
