package org.lyrae.uws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lyrae.tap.db.Database;

/**
 * Which worker runs which job kind: kinds preferring a GPU go to GPU workers first and to CPU
 * workers only when no GPU worker is alive; kinds needing a GPU never run on a CPU worker.
 */
class DeviceSchedulingTest {
    private static final String FOURIER = "fourier";
    private static final String NETWORK = "network";
    private static final String CUDA_ONLY = "cuda-only";

    private Database db;
    private JobStore store;
    private JobEvents events;
    private JobService jobs;
    private WorkerRegistry registry;
    private final List<WorkerPool> pools = new ArrayList<>();
    /** Job id → the device of the worker that ran it, and the order jobs started in. */
    private final Map<String, Device> ranOn = new ConcurrentHashMap<>();
    private final List<String> started = new CopyOnWriteArrayList<>();

    /** A job kind that notes where it ran. */
    private final class Recording implements JobExecutor {
        private final String kind;
        private final Device needs;
        private final Device prefers;
        private final Device self;

        Recording(String kind, Device needs, Device prefers, Device self) {
            this.kind = kind;
            this.needs = needs;
            this.prefers = prefers;
            this.self = self;
        }

        @Override
        public String kind() {
            return kind;
        }

        @Override
        public Device needs() {
            return needs;
        }

        @Override
        public Device prefers() {
            return prefers;
        }

        @Override
        public void execute(JobContext context) throws Exception {
            started.add(context.job().id());
            ranOn.put(context.job().id(), self);
            Thread.sleep(30);
        }
    }

    @BeforeEach
    void open() throws Exception {
        db = TestDatabases.h2();
        store = new JobStore(db);
        events = new JobEvents();
        registry = new WorkerRegistry(db, WorkerPool.LEASE_MILLIS);
        jobs = new JobService(store, new DirectoryJobFiles(Files.createTempDirectory("lyrae-devices")), events,
                new JobLimits(60, 600, 3600, 3600, 0));
    }

    @AfterEach
    void close() {
        pools.forEach(WorkerPool::close);
        db.close();
    }

    private WorkerPool start(Device device) throws Exception {
        WorkerPool p = new WorkerPool(store, jobs.files(), events, registry, device, List.of(
                new Recording(FOURIER, Device.CPU, Device.CPU, device),
                new Recording(NETWORK, Device.CPU, Device.GPU, device),
                new Recording(CUDA_ONLY, Device.GPU, Device.GPU, device)));
        p.start(1);
        pools.add(p);
        return p;
    }

    private String submit(String kind) throws Exception {
        return jobs.create(kind, null, null, Map.of(), Map.of(), true).id();
    }

    private Job awaitFinal(String id) throws Exception {
        long deadline = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < deadline) {
            Job j = store.find(id).orElseThrow();
            if (j.phase().isFinal()) return j;
            Thread.sleep(20);
        }
        return fail("job " + id + " still " + store.find(id).orElseThrow().phase());
    }

    @Test
    void networkJobsGoToTheGpuWorkerWhileOneIsAlive() throws Exception {
        start(Device.GPU);
        start(Device.CPU);   // sees the GPU worker from its first claim on
        List<String> network = new ArrayList<>();
        List<String> fourier = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            network.add(submit(NETWORK));
            fourier.add(submit(FOURIER));
        }
        for (String id : network) {
            assertEquals(Phase.COMPLETED, awaitFinal(id).phase());
            assertEquals(Device.GPU, ranOn.get(id), "a network job ran on the CPU worker while a GPU worker was alive");
        }
        for (String id : fourier) assertEquals(Phase.COMPLETED, awaitFinal(id).phase());
        assertTrue(fourier.stream().anyMatch(id -> ranOn.get(id) == Device.CPU), "the CPU worker took no Fourier job: " + ranOn);
    }

    @Test
    void networkJobsFallBackToCpuWhenNoGpuWorkerIsAlive() throws Exception {
        WorkerPool gpu = start(Device.GPU);
        start(Device.CPU);
        gpu.close();   // deregisters: the CPU worker learns at its next heartbeat
        List<String> network = new ArrayList<>();
        for (int i = 0; i < 3; i++) network.add(submit(NETWORK));
        for (String id : network) {
            assertEquals(Phase.COMPLETED, awaitFinal(id).phase());
            assertEquals(Device.CPU, ranOn.get(id));
        }
        assertEquals(Map.of(Device.CPU, 1), registry.aliveCounts(), "the closed GPU worker is still registered");
    }

    @Test
    void theGpuWorkerTakesNetworkJobsFirst() throws Exception {
        List<String> fourier = new ArrayList<>();
        for (int i = 0; i < 3; i++) fourier.add(submit(FOURIER));
        String network = submit(NETWORK);   // queued last
        start(Device.GPU);
        for (String id : fourier) awaitFinal(id);
        awaitFinal(network);
        assertEquals(network, started.get(0), "order of starts: " + started);
    }

    @Test
    void aKindThatNeedsAGpuNeverRunsOnACpuWorker() throws Exception {
        String cuda = submit(CUDA_ONLY);
        start(Device.CPU);
        String fourier = submit(FOURIER);   // queued after, yet run: the CPU worker skipped the other
        assertEquals(Phase.COMPLETED, awaitFinal(fourier).phase());
        assertEquals(Phase.QUEUED, store.find(cuda).orElseThrow().phase());
        start(Device.GPU);
        assertEquals(Phase.COMPLETED, awaitFinal(cuda).phase());
        assertEquals(Device.GPU, ranOn.get(cuda));
    }
}
