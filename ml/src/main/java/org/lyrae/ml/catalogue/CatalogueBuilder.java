package org.lyrae.ml.catalogue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.lyrae.ml.feh.AdoptionRule;
import org.lyrae.ml.feh.Estimates;
import org.lyrae.ml.feh.FeatureNames;
import org.lyrae.ml.feh.FeatureTable;
import org.lyrae.ml.feh.MetallicityEstimator;
import org.lyrae.ml.feh.MetallicityModels;
import uk.ac.starlink.table.AbstractStarTable;
import uk.ac.starlink.table.ColumnInfo;
import uk.ac.starlink.table.RowSequence;
import uk.ac.starlink.table.StarTable;

/**
 * Assembles the metallicity catalogue from its inputs: one row per star ({@link CatalogueColumn}),
 * streamed as a STIL {@link StarTable} that is read once, chunk by chunk, so that any number of rows
 * can be loaded without holding them.
 *
 * <p>For each star, in this order:
 * <ol>
 *   <li><b>one row per source_id:</b> the inputs are read in the order given (put them in
 *       {@link InputSource} order); a star already given by an earlier input is skipped (counted in
 *       {@link Summary#duplicates()});</li>
 *   <li><b>type:</b> the input's, else the spectroscopic sample's, else the rule of the light-curve
 *       service, {@link org.lyrae.ml.feh.FitFeatures#TYPE_RULE} (flag {@code TYPE_FROM_PERIOD});</li>
 *   <li><b>[Fe/H]:</b> the stars of a chunk are sent per type through
 *       {@link MetallicityModels#estimate} (features {@link FeatureNames#ALL} in the sine convention,
 *       NaN where unknown; a model gives no value for a star lacking one of its features, flag
 *       {@code MISSING_FEATURE}, even if it would predict from NaN; the networks read the curve shape of
 *       stars that have a fit, as {@code analyze} does); each model with
 *       columns ({@link CatalogueColumn#modelColumns}) fills them, the adopted value goes to
 *       {@code metallicity}; a type without models gets {@code NO_CALIBRATION_FOR_<TYPE>};</li>
 *   <li><b>spectroscopic [Fe/H]</b> where the sample has the source_id;</li>
 *   <li><b>position:</b> the input's own (a {@code vari_rrlyrae} export joined with positions), else
 *       the spectroscopic compilation's (CHR: Gaia DR2 ra/dec), else the centre of the level-12
 *       HEALPix pixel encoded in the source_id, with the distance to its farthest corner as
 *       {@code position_error} (flag {@code APPROX_POSITION});</li>
 *   <li><b>distance</b> from the adopted [Fe/H] and the intensity-averaged G ({@link Distances});
 *       {@code NO_EXTINCTION} when the input gives no G absorption, {@code NO_MEAN_G} when there is
 *       no mean magnitude.</li>
 * </ol>
 */
public final class CatalogueBuilder {
    /** Stars sent through the models at once. */
    public static final int CHUNK = 4096;

    private final MetallicityModels models;
    private final Map<Long, SpectroscopicValue> spectroscopic;
    private final Distances.Relation relation;
    private final CatalogueProgress progress;
    private final Map<InputSource, AtomicLong> rows = new EnumMap<>(InputSource.class);
    private final Map<InputSource, AtomicLong> duplicates = new EnumMap<>(InputSource.class);
    private final AtomicLong problems = new AtomicLong();

    /**
     * @param spectroscopic spectroscopic [Fe/H] by Gaia source_id (empty map for none)
     */
    public CatalogueBuilder(MetallicityModels models, Map<Long, SpectroscopicValue> spectroscopic, Distances.Relation relation,
                            CatalogueProgress progress) {
        this.models = models;
        this.spectroscopic = Map.copyOf(spectroscopic);
        this.relation = relation;
        this.progress = new CatalogueProgress() {
            @Override
            public void stage(String name, long total) {
                progress.stage(name, total);
            }

            @Override
            public void advance(long steps) {
                progress.advance(steps);
            }

            @Override
            public void problem(String message) {
                problems.incrementAndGet();
                progress.problem(message);
            }
        };
        for (InputSource s : InputSource.values()) {
            rows.put(s, new AtomicLong());
            duplicates.put(s, new AtomicLong());
        }
    }

    /** What a build produced (complete once the table's rows have all been read). */
    public record Summary(Map<InputSource, Long> rows, Map<InputSource, Long> duplicates, long problems) {
        public long total() {
            return rows.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    public Summary summary() {
        Map<InputSource, Long> r = new EnumMap<>(InputSource.class);
        Map<InputSource, Long> d = new EnumMap<>(InputSource.class);
        for (InputSource s : InputSource.values()) {
            r.put(s, rows.get(s).get());
            d.put(s, duplicates.get(s).get());
        }
        return new Summary(r, d, problems.get());
    }

    /**
     * The catalogue as a table to be read once (sequential, row count unknown). The inputs are opened
     * (light curves analysed) when its row sequence is asked for, before any row is read.
     */
    public StarTable table(List<CatalogueSource> sources) {
        return new CatalogueTable(List.copyOf(sources));
    }

    private final class CatalogueTable extends AbstractStarTable {
        private final List<CatalogueSource> sources;
        private final ColumnInfo[] infos;

        CatalogueTable(List<CatalogueSource> sources) {
            this.sources = sources;
            CatalogueColumn[] cols = CatalogueColumn.values();
            infos = new ColumnInfo[cols.length];
            for (int i = 0; i < cols.length; i++) infos[i] = new ColumnInfo(cols[i].columnName(), cols[i].type(), null);
            setName("rrlyrae.metallicity");
        }

        @Override
        public int getColumnCount() {
            return infos.length;
        }

        @Override
        public ColumnInfo getColumnInfo(int i) {
            return infos[i];
        }

        @Override
        public long getRowCount() {
            return -1;
        }

        @Override
        public RowSequence getRowSequence() throws IOException {
            return new Rows(sources);
        }
    }

    /** The rows, produced a chunk at a time from the opened inputs. */
    private final class Rows implements RowSequence {
        private final List<CatalogueSource.Stream> streams = new ArrayList<>();
        private final List<CatalogueSource> sources;
        private final Set<Long> seen = new HashSet<>();
        private int current;
        private List<Object[]> buffer = List.of();
        private int at = -1;
        private Object[] row;

        Rows(List<CatalogueSource> sources) throws IOException {
            this.sources = sources;
            try {
                long expected = 0;
                for (CatalogueSource s : sources) {
                    CatalogueSource.Stream st = s.open(progress);
                    streams.add(st);
                    long n = st.size() >= 0 ? st.size() : s.expectedStars();
                    expected = n < 0 || expected < 0 ? -1 : expected + n;
                }
                progress.stage("catalogue rows", expected);
            } catch (IOException | RuntimeException e) {
                close();
                throw e;
            }
        }

        @Override
        public boolean next() throws IOException {
            while (++at >= buffer.size()) {
                if (current >= streams.size()) {
                    row = null;
                    return false;
                }
                List<CatalogueStar> chunk = streams.get(current).next(CHUNK);
                if (chunk.isEmpty()) {
                    current++;
                    buffer = List.of();
                } else {
                    progress.advance(chunk.size());
                    buffer = rows(chunk, seen);
                }
                at = -1;
            }
            row = buffer.get(at);
            return true;
        }

        @Override
        public Object getCell(int i) {
            return row[i];
        }

        @Override
        public Object[] getRow() {
            return row;
        }

        @Override
        public void close() throws IOException {
            IOException first = null;
            for (CatalogueSource.Stream s : streams) {
                try {
                    s.close();
                } catch (IOException e) {
                    if (first == null) first = e;
                }
            }
            streams.clear();
            if (first != null) throw first;
        }
    }

    /** Rows of one chunk of input stars: types, models, spectroscopy, positions, distances. */
    List<Object[]> rows(List<CatalogueStar> chunk, Set<Long> seen) {
        List<CatalogueStar> stars = new ArrayList<>(chunk.size());
        for (CatalogueStar s : chunk) {
            if (seen.add(s.sourceId)) stars.add(s);
            else duplicates.get(s.input).incrementAndGet();
        }
        int n = stars.size();
        Metallicity[] feh = new Metallicity[n];
        Map<String, List<Integer>> byType = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            CatalogueStar s = stars.get(i);
            resolveType(s);
            byType.computeIfAbsent(s.type == null ? "" : s.type, t -> new ArrayList<>()).add(i);
        }
        for (Map.Entry<String, List<Integer>> e : byType.entrySet()) estimate(e.getKey(), e.getValue(), stars, feh);

        List<Object[]> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(row(stars.get(i), feh[i]));
            rows.get(stars.get(i).input).incrementAndGet();
        }
        return out;
    }

    private void resolveType(CatalogueStar s) {
        if (s.type != null) return;
        SpectroscopicValue spec = spectroscopic.get(s.sourceId);
        if (spec != null && spec.type() != null) {
            s.type = spec.type();
        } else if (Double.isFinite(s.period)) {
            s.type = org.lyrae.ml.feh.FitFeatures.type(s.period, s.r21);
            s.typeFromPeriod = true;
        }
    }

    /** The models' [Fe/H] of one star. */
    private static final class Metallicity {
        String models;
        String version;
        double value = Double.NaN;
        double error = Double.NaN;
        final Map<String, double[]> byModel = new LinkedHashMap<>();
        final List<String> flags = new ArrayList<>(2);
    }

    private void estimate(String type, List<Integer> idx, List<CatalogueStar> stars, Metallicity[] out) {
        List<MetallicityEstimator> estimators = type.equals("RRab") || type.equals("RRc") ? models.forType(type) : List.of();
        if (estimators.isEmpty()) {
            for (int i : idx) {
                Metallicity m = new Metallicity();
                m.flags.add(type.isEmpty() ? "NO_TYPE" : "NO_CALIBRATION_FOR_" + type.toUpperCase(java.util.Locale.ROOT));
                out[i] = m;
            }
            return;
        }
        List<String> names = FeatureNames.ALL;
        double[][] v = new double[names.size()][idx.size()];
        double[][] e = new double[names.size()][idx.size()];
        float[][] curves = new float[idx.size()][];
        for (int r = 0; r < idx.size(); r++) {
            CatalogueStar s = stars.get(idx.get(r));
            for (int j = 0; j < names.size(); j++) {
                double[] f = s.feature(names.get(j));
                v[j][r] = f[0];
                e[j][r] = f[1];
            }
            curves[r] = s.curve;
        }
        FeatureTable x = new FeatureTable(names, v, e, curves);   // a null curve: no network value for that star
        MetallicityModels.Adopted a = withoutMissingFeatures(models.estimate(type, x), estimators, x);
        String modelNames = String.join(",", a.byModel().keySet());
        String version = models.version();
        for (int r = 0; r < idx.size(); r++) {
            Metallicity m = new Metallicity();
            m.models = modelNames;
            m.version = version;
            for (Map.Entry<String, Estimates> me : a.byModel().entrySet()) {
                Estimates est = me.getValue();
                m.byModel.put(me.getKey(), new double[] {est.feh()[r], est.sigma()[r]});
                if (est.flags()[r] != null) m.flags.add(me.getKey() + ":" + est.flags()[r]);
            }
            m.value = a.adopted().feh()[r];
            m.error = a.adopted().sigma()[r];
            if (a.adopted().flags()[r] != null) m.flags.add(a.adopted().flags()[r]);
            out[idx.get(r)] = m;
        }
    }

    /**
     * The catalogue's rule whatever a model does with NaN inputs (XGBoost, for one, takes NaN as a
     * missing value and predicts anyway): a model gives no value for a star that lacks one of the
     * features it reads (e.g. the period of a folded curve); such estimates become NaN with
     * {@code MISSING_FEATURE}, and the adopted value is recomputed by {@link AdoptionRule} for the
     * stars concerned.
     */
    static MetallicityModels.Adopted withoutMissingFeatures(MetallicityModels.Adopted a, List<MetallicityEstimator> estimators,
                                                            FeatureTable x) {
        int n = x.rows();
        Map<String, Estimates> byModel = new LinkedHashMap<>(a.byModel());
        boolean changed = false;
        for (MetallicityEstimator m : estimators) {
            Estimates est = byModel.get(m.name());
            if (est == null) continue;
            double[] feh = null;
            double[] sigma = null;
            String[] flags = null;
            for (String f : m.features()) {
                if (!x.names().contains(f)) continue;
                double[] col = x.column(f);
                for (int i = 0; i < n; i++) {
                    if (!Double.isNaN(col[i]) || Double.isNaN(est.feh()[i])) continue;   // present, or no value anyway
                    if (feh == null) {
                        feh = est.feh().clone();
                        sigma = est.sigma().clone();
                        flags = est.flags().clone();
                    }
                    feh[i] = Double.NaN;
                    sigma[i] = Double.NaN;
                    flags[i] = "MISSING_FEATURE";
                }
            }
            if (feh != null) {
                byModel.put(m.name(), new Estimates(feh, sigma, flags));
                changed = true;
            }
        }
        return changed ? new MetallicityModels.Adopted(byModel, AdoptionRule.adopt(byModel, n)) : a;
    }

    private Object[] row(CatalogueStar s, Metallicity feh) {
        Object[] row = new Object[CatalogueColumn.values().length];
        List<String> flags = new ArrayList<>(6);
        put(row, CatalogueColumn.SOURCE_ID, Long.valueOf(s.sourceId));
        SpectroscopicValue spec = spectroscopic.get(s.sourceId);

        // position
        if (Double.isFinite(s.ra) && Double.isFinite(s.dec)) {
            put(row, CatalogueColumn.RA, s.ra);
            put(row, CatalogueColumn.DEC, s.dec);
            put(row, CatalogueColumn.POSITION_ORIGIN, "input_table");
        } else if (spec != null && Double.isFinite(spec.ra()) && Double.isFinite(spec.dec())) {
            put(row, CatalogueColumn.RA, spec.ra());
            put(row, CatalogueColumn.DEC, spec.dec());
            put(row, CatalogueColumn.POSITION_ORIGIN, "spectroscopic_compilation");
        } else {
            long pixel = HealpixNested.gaiaPixel(s.sourceId);
            double[] c = HealpixNested.pix2ang(HealpixNested.GAIA_LEVEL, pixel);
            put(row, CatalogueColumn.RA, c[0]);
            put(row, CatalogueColumn.DEC, c[1]);
            put(row, CatalogueColumn.POSITION_ORIGIN, "healpix12_centre");
            put(row, CatalogueColumn.POSITION_ERROR,
                    Math.toDegrees(HealpixNested.maxCornerDistance(HealpixNested.GAIA_LEVEL, pixel)) * 3600);
            flags.add("APPROX_POSITION");
        }
        if (s.dr2SourceId) flags.add("DR2_SOURCE_ID");

        // light curve
        put(row, CatalogueColumn.INPUT_SOURCE, s.input.label());
        put(row, CatalogueColumn.BEST_CLASSIFICATION, s.type);
        if (s.typeFromPeriod) flags.add("TYPE_FROM_PERIOD");
        if ("RRc".equals(s.type)) {
            put(row, CatalogueColumn.P1_O, s.period);
            put(row, CatalogueColumn.P1_O_ERROR, s.periodError);
        } else {
            put(row, CatalogueColumn.PF, s.period);
            put(row, CatalogueColumn.PF_ERROR, s.periodError);
            put(row, CatalogueColumn.P1_O, s.overtonePeriod);
            put(row, CatalogueColumn.P1_O_ERROR, s.overtonePeriodError);
        }
        flags.addAll(s.flags);
        put(row, CatalogueColumn.NUM_CLEAN_EPOCHS_G, s.epochs);
        put(row, CatalogueColumn.NUM_HARMONICS_FOR_P1_G, s.order);
        put(row, CatalogueColumn.MEAN_MAG_G, s.meanMag);
        put(row, CatalogueColumn.MEAN_MAG_G_ERROR, s.meanMagError);
        put(row, CatalogueColumn.INT_AVERAGE_G, s.intensityMeanMag);
        put(row, CatalogueColumn.INT_AVERAGE_G_ERROR, s.intensityMeanMagError);
        put(row, CatalogueColumn.PEAK_TO_PEAK_G, s.peakToPeak);
        put(row, CatalogueColumn.PEAK_TO_PEAK_G_ERROR, s.peakToPeakError);
        put(row, CatalogueColumn.A1_G, s.amplitude[0]);
        put(row, CatalogueColumn.A1_G_ERROR, s.amplitudeError[0]);
        put(row, CatalogueColumn.A2_G, s.amplitude[1]);
        put(row, CatalogueColumn.A2_G_ERROR, s.amplitudeError[1]);
        put(row, CatalogueColumn.A3_G, s.amplitude[2]);
        put(row, CatalogueColumn.A3_G_ERROR, s.amplitudeError[2]);
        put(row, CatalogueColumn.R21_G, s.r21);
        put(row, CatalogueColumn.R21_G_ERROR, s.r21Error);
        put(row, CatalogueColumn.R31_G, s.r31);
        put(row, CatalogueColumn.R31_G_ERROR, s.r31Error);
        put(row, CatalogueColumn.PHI21_G, s.phi21Cosine());
        put(row, CatalogueColumn.PHI21_G_ERROR, s.phi21Error);
        put(row, CatalogueColumn.PHI31_G, s.phi31Cosine());
        put(row, CatalogueColumn.PHI31_G_ERROR, s.phi31Error);
        put(row, CatalogueColumn.PHI21_SINE, s.phi21Sine);
        put(row, CatalogueColumn.PHI31_SINE, s.phi31Sine);
        put(row, CatalogueColumn.FIT_FLAGS, s.fitFlags);

        // metallicity
        for (Map.Entry<String, double[]> e : feh.byModel.entrySet()) {
            CatalogueColumn[] cols = CatalogueColumn.modelColumns(e.getKey());
            if (cols == null) continue;
            put(row, cols[0], e.getValue()[0]);
            put(row, cols[1], e.getValue()[1]);
        }
        put(row, CatalogueColumn.METALLICITY, feh.value);
        put(row, CatalogueColumn.METALLICITY_ERROR, feh.error);
        put(row, CatalogueColumn.FEH_MODELS, feh.models);
        put(row, CatalogueColumn.MODEL_VERSION, feh.version);
        flags.addAll(feh.flags);
        if (spec != null) {
            put(row, CatalogueColumn.FEH_SPEC, spec.feh());
            put(row, CatalogueColumn.FEH_SPEC_ERROR, spec.fehError());
            put(row, CatalogueColumn.FEH_SPEC_N, Integer.valueOf(spec.nSpectra()));
            put(row, CatalogueColumn.FEH_SPEC_SOURCES, spec.sources());
        }
        put(row, CatalogueColumn.METALLICITY_GAIA, s.gaiaMetallicity);
        put(row, CatalogueColumn.METALLICITY_GAIA_ERROR, s.gaiaMetallicityError);

        // distance
        put(row, CatalogueColumn.G_ABSORPTION, s.gAbsorption);
        put(row, CatalogueColumn.G_ABSORPTION_ERROR, s.gAbsorptionError);
        Distances.Distance d = Distances.of(relation, feh.value, feh.error, s.intensityMeanMag, s.intensityMeanMagError,
                s.gAbsorption, s.gAbsorptionError);
        put(row, CatalogueColumn.ABS_MAG_G, d.absoluteMagnitude());
        put(row, CatalogueColumn.ABS_MAG_G_ERROR, d.absoluteMagnitudeError());
        put(row, CatalogueColumn.DISTANCE_MODULUS, d.distanceModulus());
        put(row, CatalogueColumn.DISTANCE_MODULUS_ERROR, d.distanceModulusError());
        put(row, CatalogueColumn.HELIO_DISTANCE, d.distanceKpc());
        put(row, CatalogueColumn.HELIO_DISTANCE_ERROR, d.distanceKpcError());
        if (Double.isFinite(feh.value) && !Double.isFinite(s.intensityMeanMag)) flags.add("NO_MEAN_G");
        if (d.known() && !d.extinctionCorrected()) flags.add("NO_EXTINCTION");

        put(row, CatalogueColumn.FLAGS, flags.isEmpty() ? null : String.join(",", flags));
        return row;
    }

    private static void put(Object[] row, CatalogueColumn c, double v) {
        row[c.ordinal()] = Double.isFinite(v) ? v : null;
    }

    private static void put(Object[] row, CatalogueColumn c, Object v) {
        row[c.ordinal()] = v;
    }
}
