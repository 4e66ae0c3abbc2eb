package org.lyrae.tap.demo;

import java.io.IOException;
import java.nio.file.Path;
import org.lyrae.ml.calib.SpectroscopicStar;
import org.lyrae.ml.calib.SpectroscopicStars;
import uk.ac.starlink.table.StarTable;

/**
 * {@code lyrae.calibrators}: one row per RR Lyrae star with high-resolution spectroscopic [Fe/H],
 * from {@code spectroscopic/CHR_X_phot_single.dat} (CHR) and
 * {@code spectroscopic/LIT_hires_feh_{1,2}_X_phot.dat} (LIT).
 *
 * <p>How rows of the files become stars (distinct spectra, CHR by Gaia id, LIT by name or position,
 * a star in both sets kept once from CHR) is {@link SpectroscopicStars}; how a star's spectra become
 * its {@code feh} and {@code feh_error} is {@link org.lyrae.ml.calib.SpectroscopicMetallicity}: the weighted mean
 * (weights 1/e_i² when every spectrum quotes an error, else the plain mean) with error
 * max(SEM, median quoted error), because the quoted errors are per-source systematic uncertainties
 * that averaging spectra does not reduce. The calibration samples of {@code org.lyrae.ml.calib} use
 * the same code, so the table and the training targets cannot drift apart.
 *
 * <p>Here: LIT objects whose type is not RRab/RRc (type II Cepheids, HADS, an eclipsing binary) are
 * left out; {@code blazhko} is true when any row of the star has a type ending in "-BL" (the two LIT
 * files disagree on UU_Cet); {@code period} is the first ground-based light-curve period the files
 * give for the star (null when none).
 */
public final class SpectroscopicCalibrators implements DemoTableSource {

    @Override
    public String descriptorName() {
        return "lyrae.calibrators";
    }

    @Override
    public StarTable read(Path dataDir) throws IOException {
        DemoCatalogue.TableBuilder table = new DemoCatalogue.TableBuilder(descriptorName());
        for (SpectroscopicStar s : SpectroscopicStars.read(dataDir)) {
            if (!s.isRrLyrae()) continue;
            table.row()
                    .put("name", s.name())
                    .put("gaia_dr2_source_id", s.gaiaId())
                    .put("ra", s.ra())
                    .put("dec", s.dec())
                    .put("rr_type", s.type())
                    .put("blazhko", s.blazhko())
                    .put("period", Double.isNaN(s.period()) ? null : s.period())
                    .put("feh", s.feh())
                    .put("feh_error", s.fehError())
                    .put("n_spectra", s.nSpectra())
                    .put("feh_sources", String.join(";", s.sources()))
                    .put("catalogue", s.catalogue())
                    .add();
        }
        return table.build();
    }
}
