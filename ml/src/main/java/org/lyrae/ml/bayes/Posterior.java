package org.lyrae.ml.bayes;

import java.util.ArrayList;
import java.util.List;

/** All kept draws of all ensembles, pooled, in original units. */
final class Posterior implements DrawSource {
    private final EnsembleChain[] chains;
    private final int perChain;

    Posterior(EnsembleChain[] chains) {
        this.chains = chains;
        this.perChain = chains[0].draws();
    }

    /** Parameter names for a model of {@code p} features: {@code c0} (intercept), {@code c1..cp}, {@code sigma_int}. */
    static List<String> names(int p) {
        List<String> names = new ArrayList<>(p + 2);
        for (int j = 0; j <= p; j++) names.add("c" + j);
        names.add("sigma_int");
        return List.copyOf(names);
    }

    @Override
    public int size() {
        return perChain * chains.length;
    }

    @Override
    public int dim() {
        return chains[0].dim();
    }

    @Override
    public void draw(int index, double[] out) {
        chains[index / perChain].draw(index % perChain, out);
    }

    /**
     * The index of the {@code i}-th of {@code count} draws spread over the posterior: ensembles in
     * turn, evenly over the steps, and cycling through the walkers, so that successive picks from
     * one walker lie many autocorrelation times apart and the thinned set is close to independent.
     */
    int spreadIndex(int i, int count) {
        int ensembles = chains.length;
        int perEnsemble = (count + ensembles - 1) / ensembles;
        int walkers = chains[0].walkers();
        int k = i / ensembles;
        int step = (int) ((long) k * chains[0].steps() / perEnsemble);
        return (i % ensembles) * perChain + step * walkers + k % walkers;
    }

    /** Every draw of one parameter. */
    double[] column(int param) {
        double[] v = new double[size()];
        for (int i = 0; i < v.length; i++) v[i] = chains[i / perChain].value(i % perChain, param);
        return v;
    }
}
