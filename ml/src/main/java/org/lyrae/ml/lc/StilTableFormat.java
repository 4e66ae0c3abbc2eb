package org.lyrae.ml.lc;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import uk.ac.starlink.table.ColumnInfo;
import uk.ac.starlink.table.RowSequence;
import uk.ac.starlink.table.StarTable;
import uk.ac.starlink.table.StarTableFactory;
import uk.ac.starlink.table.StoragePolicy;
import uk.ac.starlink.table.TableBuilder;
import uk.ac.starlink.table.TableFormatException;
import uk.ac.starlink.table.TableSink;
import uk.ac.starlink.table.formats.DocumentedTableBuilder;
import uk.ac.starlink.util.DataSource;
import uk.ac.starlink.votable.FitsPlusTableBuilder;

/**
 * Any table STIL reads: VOTable, FITS (plain and FITS-plus), ECSV, CSV, IPAC, ASCII, MRT, parquet, …,
 * with one or many stars per file. The format is recognised from the first bytes where it can be (FITS,
 * VOTable, ECSV, parquet), else from the extension, else CSV or whitespace ASCII for text. Columns are
 * found by name and UCD ({@link ColumnRoles} overrides), including Gaia's DataLink epoch photometry:
 * one row per transit and band, one band kept ({@link ReadOptions#band()}, G by default), epochs
 * rejected by Gaia's flags dropped. Rows are streamed where STIL can stream the format (VOTable, FITS,
 * ECSV, IPAC, MRT): the file is read once and only the needed numbers are kept. Array-valued columns
 * (a whole series per row, as in Gaia's per-source epoch tables) are expanded into epochs.
 *
 * <p>This is the registry's last resort: it accepts every file, and fails with STIL's word when
 * STIL cannot read it either.
 */
public final class StilTableFormat implements LightCurveFormat {

    public static final String NAME = "table";
    static final String GAIA_TIME = "BJD(TCB) - 2455197.5 [d] (Gaia)";

    /** How a format built on this one reads its files. */
    record Profile(String format, String handler, ColumnRoles defaults, String fixedBand, String timeSystem) {
        static final Profile GENERIC = new Profile(NAME, null, ColumnRoles.DETECT, null, null);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "tables STIL reads (VOTable, FITS, ECSV, CSV, IPAC, ASCII, …), one or many stars, columns found "
                + "by name and UCD; Gaia DataLink epoch photometry";
    }

    @Override
    public boolean accepts(FileProbe file) {
        return true;
    }

    @Override
    public ReadResult read(FileProbe file, ReadOptions options) throws LightCurveException {
        String handler = options.format() == null || options.format().equalsIgnoreCase(NAME) ? null : options.format();
        return read(file, options, new Profile(NAME, handler, ColumnRoles.DETECT, null, null));
    }

    static ReadResult read(FileProbe file, ReadOptions options, Profile profile) throws LightCurveException {
        StarTableFactory factory = new StarTableFactory(false);
        TableBuilder builder = chooseBuilder(file, factory, profile.handler());
        Sink sink = new Sink(file, options, profile);
        sink.format = builder == null ? null : builder.getFormatName();
        try {
            if (builder != null && canStream(builder)) {
                try (InputStream in = file.open()) {
                    builder.streamStarTable(in, sink, null);
                }
            } else {
                DataSource source = file.dataSource();
                long header = builder != null && "ASCII".equals(builder.getFormatName()) ? headerLineOffset(file) : -1;
                if (header >= 0) source = commentedAt(file, header);
                StarTable table = builder != null
                        ? builder.makeStarTable(source, false, StoragePolicy.ADAPTIVE)
                        : factory.makeStarTable(source);
                sink.acceptMetadata(table);
                try (RowSequence rows = table.getRowSequence()) {
                    while (rows.next()) sink.acceptRow(rows.getRow());
                }
                sink.endRows();
            }
        } catch (Abort e) {
            throw withLine(e.problem, file);
        } catch (TableFormatException e) {
            throw new LightCurveException(file.name(), (builder == null
                    ? "is not in a format that can be read: neither a light-curve format nor a table format STIL "
                    + "recognises (" + e.getMessage() + ")"
                    : "cannot be read as " + builder.getFormatName() + ": " + e.getMessage()), e);
        } catch (IOException | RuntimeException e) {
            if (file.isWhole() && file.isText() && dataLines(file) <= 1) {
                // STIL's text readers fail in their own ways on a lone header line
                throw new LightCurveException(file.name(), "holds no epochs (no data rows)", e);
            }
            throw new LightCurveException(file.name(), "cannot be read"
                    + (builder != null ? " as " + builder.getFormatName() : "") + ": " + e, e);
        }
        return sink.finish();
    }

    /**
     * Where a whitespace table's header line starts (in the decompressed bytes), when its first
     * non-comment line is all words, not numbers, and the next has numbers: STIL's ASCII format takes
     * column names only from a comment line, so such a file is read with the header commented out.
     * -1 when there is no such line.
     */
    static long headerLineOffset(FileProbe file) {
        List<String> lines = file.headLines(1000);
        byte[] head = file.head();
        int offset = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!TextColumns.isComment(line)) {
                String[] words = TextColumns.split(line);
                for (String w : words) {
                    if (TextColumns.isNumber(w)) return -1;
                }
                for (int j = i + 1; j < lines.size(); j++) {
                    if (TextColumns.isComment(lines.get(j))) continue;
                    String[] next = TextColumns.split(lines.get(j));
                    boolean numbers = false;
                    for (String w : next) numbers |= TextColumns.isNumber(w);
                    return next.length == words.length && numbers ? offset : -1;
                }
                return -1;
            }
            while (offset < head.length && head[offset] != '\n') offset++;
            offset++;
        }
        return -1;
    }

    /** The file's content with {@code #} inserted at {@code offset}. */
    private static DataSource commentedAt(FileProbe file, long offset) {
        DataSource ds = new DataSource() {
            @Override
            protected InputStream getRawInputStream() throws IOException {
                InputStream in = file.open();
                byte[] before = in.readNBytes((int) offset);
                byte[] prefix = Arrays.copyOf(before, before.length + 1);
                prefix[before.length] = '#';
                return new SequenceInputStream(new ByteArrayInputStream(prefix), in);
            }
        };
        ds.setName(file.name());
        return ds;
    }

    private static int dataLines(FileProbe file) {
        int n = 0;
        for (String line : file.headLines(Integer.MAX_VALUE)) {
            if (!TextColumns.isComment(line)) n++;
        }
        return n;
    }

    private static boolean canStream(TableBuilder b) {
        if (b instanceof FitsPlusTableBuilder) return true;
        return b instanceof DocumentedTableBuilder d && d.canStream();
    }

    /** The STIL handler for the file, or null to let STIL try its auto-detected formats. */
    static TableBuilder chooseBuilder(FileProbe file, StarTableFactory factory, String handler)
            throws LightCurveException {
        try {
            if (handler != null) return factory.getTableBuilder(handler);
            byte[] head = file.head();
            String start = new String(head, 0, Math.min(head.length, 4096), StandardCharsets.ISO_8859_1);
            if (FitsPlusTableBuilder.isMagic(head)) return factory.getTableBuilder("fits-plus");
            if (start.startsWith("SIMPLE  =")) return factory.getTableBuilder("fits");
            if (start.startsWith("PAR1")) return factory.getTableBuilder("parquet");
            String text = start.strip();
            if (text.startsWith("\uFEFF")) text = text.substring(1).strip();
            if (text.startsWith("# %ECSV")) return factory.getTableBuilder("ecsv");
            if (text.startsWith("<") && (start.contains("<VOTABLE") || start.contains(":VOTABLE"))) {
                return factory.getTableBuilder("votable");
            }
            String base = file.baseName();
            for (TableBuilder b : factory.getKnownBuilders()) {
                if (b.looksLikeFile(base)) return b;
            }
            if (!file.isText()) return null;
            String first = file.firstDataLine();
            for (String line : file.headLines(5)) {
                String s = line.strip();
                if (s.startsWith("\\") || s.startsWith("|")) return factory.getTableBuilder("ipac");
            }
            if (first != null && first.contains(",")) return factory.getTableBuilder("csv");
            return factory.getTableBuilder("ascii");
        } catch (TableFormatException e) {
            throw new LightCurveException(file.name(), "unknown format '" + handler + "'; light-curve formats: "
                    + LightCurveReaders.standard().names() + "; STIL table formats: " + factory.getKnownFormats());
        }
    }

    private static final java.util.regex.Pattern NOT_NUMBERS = java.util.regex.Pattern.compile("column '([^']+)' holds \\w+, not numbers");

    /**
     * A column read as text because some value in it is not a number: in a comma-separated file, the
     * first line where that happens, so that the person can find it.
     */
    static LightCurveException withLine(LightCurveException problem, FileProbe file) {
        java.util.regex.Matcher m = NOT_NUMBERS.matcher(problem.getMessage());
        if (!m.find() || !file.isText()) return problem;
        try (java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(file.open(),
                java.nio.charset.StandardCharsets.UTF_8))) {
            int column = -1;
            int lineNo = 0;
            for (String line; (line = in.readLine()) != null; ) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cells = line.split(",", -1);
                if (column < 0) {
                    for (int i = 0; i < cells.length; i++) if (cells[i].strip().replace("\"", "").equals(m.group(1))) column = i;
                    if (column < 0) return problem;
                    continue;
                }
                String v = column < cells.length ? cells[column].strip() : "";
                if (v.isEmpty()) continue;
                try {
                    Double.parseDouble(v);
                } catch (NumberFormatException e) {
                    String shown = v.length() > 40 ? v.substring(0, 40) + "..." : v;
                    return new LightCurveException(problem.source(), problem.getMessage().substring(
                            problem.source() == null ? 0 : problem.source().length() + 2).replace(m.group(0), m.group(0)
                            + " (line " + lineNo + ", column " + (column + 1) + ": '" + shown + "')"), problem);
                }
            }
        } catch (IOException e) {
            return problem;
        }
        return problem;
    }

    /** Carries a {@link LightCurveException} out of STIL's sink interface. */
    private static final class Abort extends TableFormatException {
        private static final long serialVersionUID = 1L;
        final transient LightCurveException problem;

        Abort(LightCurveException problem) {
            super(problem.getMessage());
            this.problem = problem;
        }
    }

    /** Receives the rows, streamed or not, and hands the epochs to the collector. */
    private static final class Sink implements TableSink {
        private final FileProbe file;
        private final ReadOptions options;
        private final Profile profile;
        private final String wantedBand;
        private final Set<String> bandsSeen = new LinkedHashSet<>();
        String format;
        private TableRoles roles;
        private EpochCollector collector;
        private String curveBand;
        private double zeroPoint = Double.NaN;
        private boolean arrays;
        private long row;
        private long missingIds;
        private String timeSystem;

        Sink(FileProbe file, ReadOptions options, Profile profile) {
            this.file = file;
            this.options = options;
            this.profile = profile;
            String band = profile.fixedBand() != null ? profile.fixedBand() : options.band();
            this.wantedBand = band == null ? "G" : band.strip().toUpperCase(Locale.ROOT);
        }

        @Override
        public void acceptMetadata(StarTable meta) throws TableFormatException {
            List<ColumnInfo> cols = new ArrayList<>();
            for (int c = 0; c < meta.getColumnCount(); c++) cols.add(meta.getColumnInfo(c));
            try {
                roles = TableRoles.detect(file.name(), cols, options.columns().orElse(profile.defaults()), wantedBand);
            } catch (LightCurveException e) {
                throw new Abort(e);
            }
            arrays = cols.get(roles.time).getContentClass().isArray();
            if (roles.band >= 0) curveBand = wantedBand;
            else if (profile.fixedBand() != null) curveBand = profile.fixedBand();
            else if (roles.prefixBand != null) curveBand = roles.prefixBand;
            else curveBand = options.band() == null ? null : options.band().strip().toUpperCase(Locale.ROOT);
            if (roles.mag < 0) {
                zeroPoint = Double.isFinite(options.fluxZeroPoint()) ? options.fluxZeroPoint()
                        : Photometry.gaiaZeroPoint(curveBand);
                if (Double.isNaN(zeroPoint)) {
                    throw new Abort(new LightCurveException(file.name(), "column '" + roles.name(roles.flux)
                            + "' holds fluxes, but the band (" + (curveBand == null ? "not given" : curveBand)
                            + ") has no known zero point to make magnitudes with: give the band (G, BP or RP) or "
                            + "a flux zero point. " + roles.describe()));
                }
            }
            boolean gaia = false;
            for (ColumnInfo c : cols) {
                String n = c.getName().toLowerCase(Locale.ROOT);
                gaia |= n.equals("transit_id") || n.equals("g_transit_time");
            }
            ColumnInfo t = cols.get(roles.time);
            timeSystem = profile.timeSystem() != null ? profile.timeSystem() : gaia ? GAIA_TIME
                    : "column '" + t.getName() + "'" + (t.getUnitString() == null || t.getUnitString().isBlank() ? ""
                    : " [" + t.getUnitString() + "]");
            collector = new EpochCollector(file.name(), options, "row", roles.error >= 0);
            if (format == null) format = meta.getClass().getSimpleName();
        }

        @Override
        public void acceptRow(Object[] cells) throws IOException {
            row++;
            if (roles.band >= 0) {
                Object b = cells[roles.band];
                String band = b == null ? "" : b.toString().strip().toUpperCase(Locale.ROOT);
                if (bandsSeen.size() < 50) bandsSeen.add(band);
                if (!band.equals(wantedBand)) return;
            }
            String id;
            if (roles.id >= 0) {
                id = idString(cells[roles.id]);
                if (id == null) {
                    missingIds++;
                    return;
                }
            } else {
                id = file.stem();
            }
            double period = roles.period >= 0 ? number(cells[roles.period]) : Double.NaN;
            if (!arrays) {
                epoch(id, cells, -1, period);
            } else {
                int n = length(cells[roles.time]);
                for (int i = 0; i < n; i++) epoch(id, cells, i, period);
            }
        }

        /** One epoch: element {@code i} of array cells, or the scalar cells when {@code i < 0}. */
        private void epoch(String id, Object[] cells, int i, double period) {
            double t = at(cells[roles.time], i);
            byte status = EpochCollector.OK;
            double mag;
            if (roles.mag >= 0) {
                mag = at(cells[roles.mag], i);
            } else {
                double f = at(cells[roles.flux], i);
                mag = Photometry.magnitude(f, zeroPoint);
                if (f <= 0) status = EpochCollector.FLUX_NOT_POSITIVE;
            }
            double err = Double.NaN;
            if (roles.error >= 0) {
                double e = at(cells[roles.error], i);
                switch (roles.errorKind) {
                    case MAG -> err = e;
                    case FLUX -> err = Photometry.magnitudeError(at(cells[roles.flux], i), e);
                    case SNR -> err = Photometry.magnitudeErrorFromSnr(e);
                    default -> throw new IllegalStateException();
                }
            }
            for (int f : roles.flags) {
                if (flagAt(cells[f], i)) {
                    status = EpochCollector.FLAGGED;
                    break;
                }
            }
            collector.add(id, t, mag, err, status, row, period);
        }

        @Override
        public void endRows() {
        }

        ReadResult finish() throws LightCurveException {
            if (collector == null) throw new LightCurveException(file.name(), "holds no table");
            if (roles.band >= 0 && collector.rows() == 0 && row > 0) {
                throw new LightCurveException(file.name(), "has no rows for band " + wantedBand + " in column '"
                        + roles.name(roles.band) + "' (bands present: " + String.join(", ", bandsSeen)
                        + "); choose one with the band option");
            }
            if (missingIds > 0) {
                collector.warn(missingIds + " rows without an identifier in column '" + roles.name(roles.id)
                        + "' were skipped");
            }
            String name = profile.format().equals(NAME) ? NAME + "/" + format : profile.format();
            return collector.finish(name, timeSystem, curveBand, "column '" + roles.name(roles.time) + "'",
                    "column '" + roles.name(roles.mag >= 0 ? roles.mag : roles.flux) + "'",
                    "column '" + roles.name(roles.error) + "'"
                            + (roles.errorKind == null || roles.errorKind == TableRoles.ErrorKind.MAG ? ""
                            : " (as magnitude error)"));
        }
    }

    /** A star identifier from a cell: integers without a decimal point, strings stripped; null when blank. */
    static String idString(Object cell) {
        if (cell == null) return null;
        if (cell instanceof Double || cell instanceof Float) {
            double d = ((Number) cell).doubleValue();
            if (Double.isNaN(d)) return null;
            if (d == Math.rint(d) && Math.abs(d) < 9e15) return Long.toString((long) d);
            return Double.toString(d);
        }
        if (cell instanceof char[] chars) cell = new String(chars);
        String s = cell.toString().strip();
        return s.isEmpty() ? null : s;
    }

    /**
     * A cell as a double. A float becomes the double of its shortest decimal form: STIL types a text column
     * of short decimals ({@code 12.1}) as float, and widening it directly would give 12.100000381.
     */
    static double number(Object cell) {
        if (cell instanceof Float f) return widen(f);
        if (cell instanceof Number n) return n.doubleValue();
        if (cell instanceof String s) {
            try {
                return TextColumns.parse(s);
            } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
                return Double.NaN;
            }
        }
        return Double.NaN;
    }

    private static double widen(float f) {
        return Float.isFinite(f) ? Double.parseDouble(Float.toString(f)) : f;
    }

    private static int length(Object cell) {
        if (cell == null) return 0;
        if (cell.getClass().isArray()) return java.lang.reflect.Array.getLength(cell);
        return 1;
    }

    /** Element {@code i} of a numeric array cell (NaN past its end), or the scalar cell when {@code i < 0} or scalar. */
    static double at(Object cell, int i) {
        if (i < 0 || cell == null || !cell.getClass().isArray()) return number(cell);
        if (i >= java.lang.reflect.Array.getLength(cell)) return Double.NaN;
        if (cell instanceof double[] a) return a[i];
        if (cell instanceof float[] a) return widen(a[i]);
        if (cell instanceof long[] a) return a[i];
        if (cell instanceof int[] a) return a[i];
        if (cell instanceof short[] a) return a[i];
        if (cell instanceof byte[] a) return a[i];
        return Double.NaN;
    }

    static boolean flagAt(Object cell, int i) {
        if (cell != null && i >= 0 && cell.getClass().isArray()) {
            if (i >= java.lang.reflect.Array.getLength(cell)) return false;
            if (cell instanceof boolean[] a) return a[i];
            double d = at(cell, i);
            return !Double.isNaN(d) && d != 0;
        }
        if (cell instanceof Boolean b) return b;
        if (cell instanceof Number n) {
            double d = n.doubleValue();
            return !Double.isNaN(d) && d != 0;
        }
        if (cell instanceof String s) {
            String v = s.strip().toLowerCase(Locale.ROOT);
            return v.equals("true") || v.equals("t") || v.equals("1") || v.equals("yes") || v.equals("y");
        }
        return false;
    }
}
