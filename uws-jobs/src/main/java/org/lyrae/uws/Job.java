package org.lyrae.uws;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A UWS job as stored: identity, phase and times, the parameters it was given, its results or
 * error, and the lease of the worker running it.
 */
public record Job(
        String id,
        String kind,
        String owner,
        String runId,
        Phase phase,
        Instant creationTime,
        Instant startTime,
        Instant endTime,
        long executionDuration,
        Instant destruction,
        Map<String, List<String>> parameters,
        List<JobResult> results,
        String errorMessage,
        String jobInfo,
        String worker,
        int attempts) {

    public String parameter(String name) {
        List<String> v = parameters.get(name.toUpperCase(java.util.Locale.ROOT));
        return v == null || v.isEmpty() ? null : v.get(0);
    }
}
