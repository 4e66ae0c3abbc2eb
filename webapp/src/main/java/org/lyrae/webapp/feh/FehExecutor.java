package org.lyrae.webapp.feh;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.lyrae.ml.lc.LightCurveException;
import org.lyrae.uws.Device;
import org.lyrae.uws.JobContext;
import org.lyrae.uws.JobExecutor;
import org.lyrae.webapp.LyraeConfig;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lyrae.webapp.http.DaliException;
import org.lyrae.webapp.http.DaliRequest;
import org.lyrae.webapp.tap.UploadReader;
import org.lyrae.webapp.uws.StoredParams;
import org.lyrae.webapp.uws.UwsServlet;

/**
 * /feh/async jobs: the uploads of the job through {@link FehRun}, results {@code result},
 * {@code summary} and the plots. Two kinds: {@link #FOURIER} for jobs that need the Fourier models
 * only (any worker, never waiting for a GPU) and {@link #NETWORKS} for jobs that run a light-curve
 * network (GPU workers first; CPU workers take them while no GPU worker is alive). The networks run
 * on the device the worker process was started for ({@code lyrae.nn.device}, {@code worker --device}).
 */
public final class FehExecutor implements JobExecutor {
    public static final String FOURIER = "feh";
    public static final String NETWORKS = "feh-nn";

    private final String kind;
    private final FehModels models;
    private final LyraeConfig config;

    private FehExecutor(String kind, FehModels models, LyraeConfig config) {
        this.kind = kind;
        this.models = models;
        this.config = config;
    }

    public static FehExecutor fourier(FehModels models, LyraeConfig config) {
        return new FehExecutor(FOURIER, models, config);
    }

    public static FehExecutor networks(FehModels models, LyraeConfig config) {
        return new FehExecutor(NETWORKS, models, config);
    }

    /** The kind of a job with these parameters: networks only when one is asked for and saved here. */
    public static String kindOf(FehParams params, FehModels models) {
        return params.models().stream().anyMatch(m -> org.lyrae.webapp.cli.Models.NETWORKS.contains(m) && models.networkSaved(m))
                ? NETWORKS : FOURIER;
    }

    /**
     * /feh/async's job list: both kinds; a new job's parameters are checked at creation and decide its
     * kind, and the names its files were sent with are kept (stars of a file without an identifier
     * column are named by the file).
     */
    public static UwsServlet.Kinds kinds(FehModels models) {
        return new UwsServlet.Kinds() {
            @Override
            public Set<String> all() {
                return Set.of(FOURIER, NETWORKS);
            }

            @Override
            public String of(DaliRequest params, Map<String, List<String>> stored) throws DaliException {
                String kind = kindOf(FehParams.from(params), models);
                StoredParams.keepFileNames(params, stored);
                return kind;
            }
        };
    }

    @Override
    public String kind() {
        return kind;
    }

    @Override
    public Device prefers() {
        return kind.equals(NETWORKS) ? Device.GPU : Device.CPU;
    }

    @Override
    public void execute(JobContext ctx) throws Exception {
        StoredParams stored = new StoredParams(ctx);
        try (UploadReader spool = new UploadReader(config.maxUploadBytes)) {
            FehParams params = FehParams.from(stored);
            ctx.progress("reading the upload");
            try (FehUploads files = FehUploads.of(spool.spool(stored), config.fehMaxUnpackedBytes, config.fehMaxFiles)) {
                ObjectNode summary = FehRun.run(params, files.inputs(), models, config.fehThreads, config.fehMaxStars, params.plots(),
                        ctx::progress, ctx::result);
                if (ctx.stopRequested()) return;
                ctx.progress(summary.get("stars").asInt() + " of " + summary.get("stars").asInt() + " stars analysed ("
                        + summary.get("ok").asInt() + " ok, " + summary.get("failed").asInt() + " failed)");
            }
        } catch (DaliException | LightCurveException e) {
            throw new Exception(e.getMessage(), e);
        }
    }
}
