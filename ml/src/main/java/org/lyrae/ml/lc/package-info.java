/**
 * Light curves: reading them from files and cleaning them into {@link org.lyrae.ml.lc.LightCurve}s.
 *
 * <h2>Reading</h2>
 * One call reads a file, whatever its kind, into one curve per star:
 * <pre>{@code
 * ReadResult r = LightCurveReaders.standard().read(path, ReadOptions.defaults().withSourceName(uploadName));
 * for (LightCurve c : r.curves()) ...      // usable stars
 * for (StarProblem p : r.problems()) ...   // stars that could not be used, and why
 * r.warnings(); r.timeSystem(); r.format();
 * }</pre>
 * A file that cannot be read at all, or none of whose stars is usable, throws a
 * {@link org.lyrae.ml.lc.LightCurveException} whose message names the file, the line or row, the
 * column and the star where known, and the problem.
 *
 * <p>As STIL plugs table handlers into its {@code StarTableFactory}, {@link org.lyrae.ml.lc.LightCurveReaders}
 * holds {@link org.lyrae.ml.lc.LightCurveFormat} plug-ins and asks each in turn whether it
 * {@linkplain org.lyrae.ml.lc.LightCurveFormat#accepts accepts} the file (from its name and first bytes):
 * <ol>
 *   <li>{@code gaia-dr3-csv} ({@link org.lyrae.ml.lc.GaiaEpochCsvFormat}): {@code ,time,fase,mag,flux,flux_error};</li>
 *   <li>{@code crts} ({@link org.lyrae.ml.lc.CrtsFormat}): {@code CSS_J…_lc.txt};</li>
 *   <li>{@code asas} ({@link org.lyrae.ml.lc.AsasFormat}): {@code .lc} files of 3 to 5 numeric columns;</li>
 *   <li>{@code folded} ({@link org.lyrae.ml.lc.FoldedPhaseFormat}): {@code *_bin.dat}, phase and magnitude;</li>
 *   <li>{@code headerless} ({@link org.lyrae.ml.lc.HeaderlessTextFormat}): numeric text without column names;</li>
 *   <li>{@code table} ({@link org.lyrae.ml.lc.StilTableFormat}): anything STIL reads (VOTable, FITS, ECSV,
 *       CSV, IPAC, ASCII, …), columns found by name and UCD, Gaia DataLink epoch photometry included.</li>
 * </ol>
 *
 * <h2>Cleaning</h2>
 * Every format hands its epochs to the same cleaning (see {@code EpochCollector}), whose drops are
 * counted by reason in {@link org.lyrae.ml.lc.LightCurve#dropped()}: {@code rejected-flag} (Gaia's
 * {@code rejected_by_photometry}, {@code rejected_by_variability}, {@code variability_flag_<band>_reject}),
 * {@code non-finite}, {@code non-positive-flux}, {@code bad-error} (zero or negative errors: a data
 * error, also described in {@link org.lyrae.ml.lc.ReadResult#warnings()}, or the star's problem with
 * {@link org.lyrae.ml.lc.ReadOptions#strict()}), {@code phase-copy} (padding of folded curves) and
 * {@code duplicate} (times within 1e-7 d: the epoch with the smallest error is kept). The curves are
 * sorted by time. A star with fewer than {@link org.lyrae.ml.lc.ReadOptions#minEpochs()} epochs left
 * is a problem, not a curve.
 *
 * <h2>Times and bands</h2>
 * Times are kept in the file's own system, which {@link org.lyrae.ml.lc.ReadResult#timeSystem()} names
 * (Gaia: BJD(TCB) - 2455197.5; ASAS: HJD - 2450000; CRTS: MJD; folded files: phase, with period 1).
 * Fluxes become magnitudes with the Gaia (E)DR3 zero points ({@link org.lyrae.ml.lc.Photometry}).
 */
package org.lyrae.ml.lc;
