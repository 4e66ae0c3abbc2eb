package org.lyrae.ml.select;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Ranks the features by a univariate score and keeps the best k, with k chosen by cross-validating
 * the given regressor on the top 1, 2, ... p features and applying the
 * {@linkplain OneStandardErrorRule one-standard-error rule} to that curve. Cheap (p
 * cross-validations), but blind to redundancy: two copies of a good feature both rank high.
 * The univariate scores are unweighted; the weights reach the regressor only.
 */
public final class SelectKBest {
    private final UnivariateScorer scorer;
    private final Regressor regressor;
    private final CrossValidator cv;

    public SelectKBest(UnivariateScorer scorer, Regressor regressor, RepeatedKFold splits) {
        this.scorer = scorer;
        this.regressor = regressor;
        this.cv = new CrossValidator(splits);
    }

    /** Every feature's score, best first (ties keep column order). */
    public List<FeatureScore> scores(Dataset data) {
        List<FeatureScore> scores = new ArrayList<>();
        for (int j = 0; j < data.features(); j++) {
            scores.add(scorer.score(data.names().get(j), data.column(j), data.y()));
        }
        scores.sort(Comparator.comparingDouble(FeatureScore::score).reversed());
        return scores;
    }

    public SelectionResult select(Dataset data) {
        List<FeatureScore> ranked = scores(data);
        List<CurvePoint> curve = new ArrayList<>();
        for (int k = 1; k <= ranked.size(); k++) {
            int[] cols = ranked.subList(0, k).stream().mapToInt(s -> data.names().indexOf(s.feature())).toArray();
            curve.add(new CurvePoint(k, data.names(cols), cv.evaluate(regressor, data.columns(cols)).summary()));
        }
        CurvePoint chosen = OneStandardErrorRule.choose(curve);
        return new SelectionResult("select_k_best/" + scorer.name(), regressor.name(), cv.splits(),
            OneStandardErrorRule.DESCRIPTION, chosen.features(), ranked, curve);
    }
}
