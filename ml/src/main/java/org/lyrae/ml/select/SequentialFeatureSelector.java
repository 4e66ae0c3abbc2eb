package org.lyrae.ml.select;

import java.util.ArrayList;
import java.util.List;

/**
 * Greedy wrapper selection. Forward: start from no feature and add, one at a time, the feature
 * whose addition gives the lowest cross-validated RMSE, up to all p. Backward: start from all p and
 * remove, one at a time, the feature whose removal gives the lowest RMSE, down to one. Either way
 * the path gives one set per size; the set reported is picked from that curve by the
 * {@linkplain OneStandardErrorRule one-standard-error rule}. Unlike {@link SelectKBest} it judges
 * features together with the model, so a redundant copy of a chosen feature does not get in.
 * Costs about p²/2 cross-validations. Ties go to the earlier column.
 */
public final class SequentialFeatureSelector {

    public enum Direction { FORWARD, BACKWARD }

    private final Direction direction;
    private final Regressor regressor;
    private final CrossValidator cv;

    public SequentialFeatureSelector(Direction direction, Regressor regressor, RepeatedKFold splits) {
        this.direction = direction;
        this.regressor = regressor;
        this.cv = new CrossValidator(splits);
    }

    public SelectionResult select(Dataset data) {
        List<CurvePoint> curve = direction == Direction.FORWARD ? forward(data) : backward(data);
        CurvePoint chosen = OneStandardErrorRule.choose(curve);
        return new SelectionResult("sfs/" + direction.name().toLowerCase(), regressor.name(), cv.splits(),
            OneStandardErrorRule.DESCRIPTION, chosen.features(), List.of(), curve);
    }

    private List<CurvePoint> forward(Dataset data) {
        List<CurvePoint> curve = new ArrayList<>();
        List<Integer> chosen = new ArrayList<>();
        List<Integer> left = allColumns(data);
        while (!left.isEmpty()) {
            CurvePoint best = null;
            Integer bestColumn = null;
            for (Integer c : left) {
                List<Integer> trial = new ArrayList<>(chosen);
                trial.add(c);
                CurvePoint p = evaluate(data, trial);
                if (best == null || p.rmse() < best.rmse()) {
                    best = p;
                    bestColumn = c;
                }
            }
            chosen.add(bestColumn);
            left.remove(bestColumn);
            curve.add(best);
        }
        return curve;
    }

    private List<CurvePoint> backward(Dataset data) {
        List<Integer> kept = allColumns(data);
        List<CurvePoint> curve = new ArrayList<>(List.of(evaluate(data, kept)));
        while (kept.size() > 1) {
            CurvePoint best = null;
            Integer worstColumn = null;
            for (Integer c : kept) {
                List<Integer> trial = new ArrayList<>(kept);
                trial.remove(c);
                CurvePoint p = evaluate(data, trial);
                if (best == null || p.rmse() < best.rmse()) {
                    best = p;
                    worstColumn = c;
                }
            }
            kept.remove(worstColumn);
            curve.add(0, best);
        }
        return curve;
    }

    private CurvePoint evaluate(Dataset data, List<Integer> columns) {
        int[] cols = columns.stream().mapToInt(Integer::intValue).toArray();
        return new CurvePoint(cols.length, data.names(cols), cv.evaluate(regressor, data.columns(cols)).summary());
    }

    private static List<Integer> allColumns(Dataset data) {
        List<Integer> all = new ArrayList<>();
        for (int j = 0; j < data.features(); j++) {
            all.add(j);
        }
        return all;
    }
}
