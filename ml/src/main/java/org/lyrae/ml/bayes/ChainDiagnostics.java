package org.lyrae.ml.bayes;

import java.util.List;
import java.util.stream.IntStream;

/** Computes a {@link Convergence} from the ensembles' chains. */
final class ChainDiagnostics {
    private ChainDiagnostics() {}

    /**
     * @param chains   the independent ensembles, equally long, in the units the diagnostics should describe
     * @param names    parameter names, one per dimension
     * @param criteria thresholds for the judgement
     */
    static Convergence assess(EnsembleChain[] chains, List<String> names, ConvergenceCriteria criteria) {
        int dim = chains[0].dim();
        int walkers = chains[0].walkers();
        int steps = chains[0].steps();
        double acceptance = 0;
        long draws = 0;
        for (EnsembleChain c : chains) {
            acceptance += c.acceptance() / chains.length;
            draws += c.draws();
        }
        double[] tau = IntStream.range(0, dim).parallel().mapToDouble(d -> tau(chains, d)).toArray();
        double[] ess = new double[dim];
        double[] rHat = new double[dim];
        for (int d = 0; d < dim; d++) {
            ess[d] = draws / tau[d];
            double[][] perEnsemble = new double[chains.length][];
            for (int e = 0; e < chains.length; e++) perEnsemble[e] = chains[e].timeOrdered(d);
            rHat[d] = SplitRHat.of(perEnsemble);
        }
        return new Convergence(names, acceptance, tau, ess, rHat, steps, walkers, chains.length, criteria);
    }

    private static double tau(EnsembleChain[] chains, int param) {
        int walkers = chains[0].walkers();
        double[][] series = new double[chains.length * walkers][];
        for (int e = 0; e < chains.length; e++)
            for (int k = 0; k < walkers; k++) series[e * walkers + k] = chains[e].walkerSeries(k, param);
        return AutocorrelationTime.of(series);
    }
}
