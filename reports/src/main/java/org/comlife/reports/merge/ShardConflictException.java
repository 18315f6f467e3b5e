package org.comlife.reports.merge;

/** Shards that cannot be merged because they disagree; the message names the shards and what they disagree on. */
public class ShardConflictException extends IllegalArgumentException {
    public ShardConflictException(String message) {
        super(message);
    }
}
