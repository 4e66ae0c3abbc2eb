package org.lyrae.ml.analysis;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;
import org.lyrae.ml.feh.FeatureNames;
import org.lyrae.ml.feh.FitFeatures;
import org.lyrae.ml.fourier.FourierFit;
import uk.ac.starlink.table.ColumnInfo;
import uk.ac.starlink.table.RowListStarTable;
import uk.ac.starlink.table.StarTable;

/**
 * The result table of an analysis, one row per star, as a STIL table that any of its writers can
 * serialise (CSV, VOTable, FITS, ECSV). The columns, their units, UCDs and descriptions are data
 * ({@code columns.json}); this class only says where each value comes from.
 */
public final class AnalysisTable {

    /** A column as described in {@code columns.json}. */
    public record Column(String name, String type, String unit, String ucd, String description) { }

    public static final List<Column> COLUMNS = load();

    private AnalysisTable() {
    }

    public static StarTable of(List<StarAnalysis> stars) {
        ColumnInfo[] infos = COLUMNS.stream().map(AnalysisTable::info).toArray(ColumnInfo[]::new);
        RowListStarTable table = new RowListStarTable(infos);
        for (StarAnalysis s : stars) {
            Object[] row = new Object[COLUMNS.size()];
            for (int i = 0; i < row.length; i++) row[i] = value(COLUMNS.get(i).name(), s);
            table.addRow(row);
        }
        return table;
    }

    private static ColumnInfo info(Column c) {
        Class<?> type = switch (c.type()) {
            case "double" -> Double.class;
            case "int" -> Integer.class;
            case "boolean" -> Boolean.class;
            default -> String.class;
        };
        ColumnInfo info = new ColumnInfo(c.name(), type, c.description());
        if (c.unit() != null) info.setUnitString(c.unit());
        if (c.ucd() != null) info.setUCD(c.ucd());
        return info;
    }

    /** The value of column {@code name} for a star (null: empty). */
    static Object value(String name, StarAnalysis s) {
        switch (name) {
            case "source_id": return s.sourceId();
            case "file": return s.file();
            case "band": return s.band();
            case "status": return s.ok() ? "ok" : "failed";
            case "message": return s.problem() == null ? "" : s.problem();
            default: break;
        }
        if (!s.ok()) return name.equals("n_epochs_dropped") ? Integer.valueOf(s.droppedAtRead()) : null;
        if (name.startsWith("feh") || name.equals("pulsation_type")) return metallicity(name, s.metallicity());
        FourierFit f = s.analysis().fit();
        switch (name) {
            case "period": return f.period().value();
            case "period_error": return f.periodGiven() ? null : f.period().error();
            case "period_given": return f.periodGiven();
            case "n_epochs_used": return f.epochsUsed();
            case "n_epochs_clipped": return f.epochsClipped();
            case "n_epochs_dropped": return f.epochsDropped() + s.droppedAtRead();
            case "fourier_order": return f.order();
            case "mean_mag": return f.meanMagnitude().value();
            case "mean_mag_error": return f.meanMagnitude().error();
            case "intensity_mean_mag": return f.intensityMeanMagnitude().value();
            case "intensity_mean_mag_error": return f.intensityMeanMagnitude().error();
            case "peak_to_peak_amp": return f.peakToPeakAmplitude().value();
            case "peak_to_peak_amp_error": return f.peakToPeakAmplitude().error();
            case "a1": return FitFeatures.feature(f, FeatureNames.A1).value();
            case "a1_error": return FitFeatures.feature(f, FeatureNames.A1).error();
            case "a2": return FitFeatures.feature(f, FeatureNames.A2).value();
            case "a2_error": return FitFeatures.feature(f, FeatureNames.A2).error();
            case "a3": return FitFeatures.feature(f, FeatureNames.A3).value();
            case "a3_error": return FitFeatures.feature(f, FeatureNames.A3).error();
            case "r21": return f.r21().value();
            case "r21_error": return f.r21().error();
            case "r31": return f.r31().value();
            case "r31_error": return f.r31().error();
            case "phi21_sine": return f.phi21Sine().value();
            case "phi31_sine": return f.phi31Sine().value();
            case "phi21_cosine": return f.phi21Cosine().value();
            case "phi31_cosine": return f.phi31Cosine().value();
            case "phi21_error": return f.phi21Sine().error();
            case "phi31_error": return f.phi31Sine().error();
            case "epoch_max": return f.epochOfMaximum().value();
            case "epoch_max_error": return f.epochOfMaximum().error();
            case "phase_coverage": return f.phaseCoverage();
            case "max_phase_gap": return f.maxPhaseGap();
            case "residual_rms": return f.residualRms();
            case "reduced_chi2": return f.reducedChi2();
            case "snr": return f.signalToNoise();
            case "flags": return f.flags().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
            default: throw new IllegalStateException("columns.json names a column with no value: " + name);
        }
    }

    /**
     * Model columns are named by model: {@code feh_bayes} for {@code bayes}, {@code feh_xgb} for
     * {@code xgboost}, {@code feh_lstm} and {@code feh_transformer} for the networks; empty when the
     * model did not run (e.g. a network not trained).
     */
    private static final java.util.Map<String, String> MODEL_COLUMNS = java.util.Map.of("feh_bayes", "bayes", "feh_xgb", "xgboost",
            "feh_lstm", "lstm", "feh_transformer", "transformer");

    private static Object metallicity(String name, StarMetallicity m) {
        if (m == null) return null;
        switch (name) {
            case "pulsation_type": return m.type();
            case "feh": return m.adopted()[0];
            case "feh_error": return m.adopted()[1];
            case "feh_method": return m.byModel().isEmpty() ? null : "weighted mean of " + String.join(", ", m.byModel().keySet());
            case "feh_model_version": return m.version();
            case "feh_flags": return m.flags().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(";"));
            default: break;
        }
        boolean error = name.endsWith("_error");
        double[] v = m.byModel().get(MODEL_COLUMNS.get(error ? name.substring(0, name.length() - "_error".length()) : name));
        return v == null ? null : v[error ? 1 : 0];
    }

    private static List<Column> load() {
        try (InputStream in = AnalysisTable.class.getResourceAsStream("columns.json")) {
            return List.copyOf(new ObjectMapper().readValue(in, new TypeReference<List<Column>>() { }));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
