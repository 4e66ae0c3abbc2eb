package org.lyrae.uws;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.lyrae.tap.db.Database;

/**
 * An abort reaches the workers of another process through PostgreSQL LISTEN/NOTIFY (two signal
 * channels on one database stand for two processes), so a remote worker stops at once instead of
 * at its next heartbeat.
 */
class CrossProcessSignalsTest {

    /** The listener connects in the background: repeat until it hears (or give up after 10 s). */
    private static String abortUntilHeard(JobEvents from, String id, BlockingQueue<String> heard) throws Exception {
        for (int i = 0; i < 50; i++) {
            from.jobAborted(id);
            String got = heard.poll(200, TimeUnit.MILLISECONDS);
            if (got != null) return got;
        }
        return null;
    }

    @Test
    void anAbortReachesAnotherProcess() throws Exception {
        try (Database db = TestDatabases.postgres("signals")) {
            JobEvents webNode = new JobEvents();
            JobEvents worker = new JobEvents();
            BlockingQueue<String> aborted = new LinkedBlockingQueue<>();
            worker.onAbort(aborted::add);
            try (PgJobSignals a = new PgJobSignals(db, webNode); PgJobSignals b = new PgJobSignals(db, worker)) {
                assertEquals("job42", abortUntilHeard(webNode, "job42", aborted));
                aborted.clear();
                webNode.jobQueued();   // other signals are not aborts
                webNode.phaseChanged();
                assertEquals("job43", abortUntilHeard(webNode, "job43", aborted));
            }
        }
    }
}
