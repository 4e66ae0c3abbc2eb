package org.lyrae.ml.calib;

import java.util.ArrayList;
import java.util.List;
import org.lyrae.ml.feh.FeatureNames;
import org.lyrae.ml.feh.FeatureTable;

/** Turns the stars that survived a {@link CutChain} into a {@link CalibrationSample}, each with its preferred curve. */
final class SampleAssembler {

    private SampleAssembler() {
    }

    static CalibrationSample assemble(String name, String band, String type, CutChain chain) {
        List<CutChain.Candidate> rows = chain.candidates();
        int n = rows.size(), p = FeatureNames.ALL.size();
        double[][] values = new double[p][n], errors = new double[p][n];
        double[] feh = new double[n], fehError = new double[n];
        boolean[] blazhko = new boolean[n];
        List<String> ids = new ArrayList<>(), types = new ArrayList<>(), origins = new ArrayList<>();
        List<Long> gaiaIds = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            SpectroscopicStar s = rows.get(i).star();
            FourierFeatures f = rows.get(i).sources().get(0);
            double[] v = f.values(), e = f.errors();
            for (int j = 0; j < p; j++) {
                values[j][i] = v[j];
                errors[j][i] = e[j];
            }
            feh[i] = s.feh();
            fehError[i] = s.fehError();
            blazhko[i] = s.blazhko();
            ids.add(s.name());
            gaiaIds.add(s.gaiaId());
            types.add(s.type() + (s.blazhko() ? "-BL" : ""));
            origins.add(CutChain.label(f));
        }
        return new CalibrationSample(name, band, type, new FeatureTable(FeatureNames.ALL, values, errors), feh, fehError,
                ids, gaiaIds, types, blazhko, origins, chain.log());
    }
}
