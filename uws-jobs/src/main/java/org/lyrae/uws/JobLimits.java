package org.lyrae.uws;

/**
 * Bounds on jobs: execution duration (seconds; default and most a client may set, 0 = none),
 * retention before destruction, and how many queued or running jobs one owner may have.
 */
public record JobLimits(long defaultDuration, long maxDuration, long defaultRetentionSeconds, long maxRetentionSeconds,
                        int maxActivePerOwner) {
}
