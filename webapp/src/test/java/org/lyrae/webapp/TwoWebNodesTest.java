package org.lyrae.webapp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.lyrae.uws.Job;
import org.lyrae.uws.JobService.JobException;

/**
 * Two web nodes on one PostgreSQL job store keep the per-owner cap exactly: a flood of creations
 * spread over both admits exactly the cap, not the cap per node.
 */
class TwoWebNodesTest {
    private static final int CAP = 5;

    @Test
    void theOwnerCapHoldsAcrossWebNodes() throws Exception {
        String url = TestServers.freshPostgresDatabase("nodes");
        try (LyraeService a = node(url); LyraeService b = node(url)) {
            ExecutorService pool = Executors.newFixedThreadPool(8);
            // a race past the cap needs both nodes admitting at the same moment: flood several times
            for (int round = 0; round < 6; round++) {
                CountDownLatch go = new CountDownLatch(1);
                AtomicInteger admitted = new AtomicInteger();
                AtomicInteger refused = new AtomicInteger();
                List<Future<?>> all = new ArrayList<>();
                for (int i = 0; i < 24; i++) {
                    LyraeService node = i % 2 == 0 ? a : b;
                    all.add(pool.submit(() -> {
                        go.await();
                        try {
                            node.jobs.create("tap", "alice", null, Map.of("QUERY", List.of("SELECT 1")), Map.of(), true);
                            admitted.incrementAndGet();
                        } catch (JobException e) {
                            assertEquals(429, e.status, e.getMessage());
                            refused.incrementAndGet();
                        }
                        return null;
                    }));
                }
                go.countDown();
                for (Future<?> f : all) f.get();
                assertEquals(CAP, admitted.get(), "round " + round);
                assertEquals(24 - CAP, refused.get());
                assertEquals(CAP, a.jobStore.countActive("alice"));
                for (Job j : a.jobs.list(List.of("tap"), "alice", List.of(), null, null)) a.jobs.delete(j.id(), "alice");
            }
            pool.shutdown();
            // another owner is not held back by alice's jobs
            b.jobs.create("tap", "bob", null, Map.of("QUERY", List.of("SELECT 1")), Map.of(), true);
        }
    }

    /** A web node without workers, so that admitted jobs stay queued and count against the cap. */
    private static LyraeService node(String url) throws Exception {
        LyraeConfig config = new LyraeConfig();
        config.dbUrl = url;
        config.loadDemo = false;
        config.maxActiveJobsPerOwner = CAP;
        config.varDir = java.nio.file.Files.createTempDirectory("lyrae-node");
        return LyraeService.open(config);
    }
}
