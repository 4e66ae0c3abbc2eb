package org.lyrae.ml.catalogue;

/**
 * Where a catalogue row's light-curve parameters come from (the {@code input_source} column), in the
 * order of precedence used when a star is in several inputs: the first that has it gives its row.
 */
public enum InputSource {
    /** A raw Gaia DR3 G epoch-photometry curve, period searched and Fourier-fitted here. */
    DR3_EPOCH_CURVE("dr3_epoch_curve"),
    /** A row of a Gaia DR3 {@code vari_rrlyrae} export (Gaia's own period and Fourier parameters). */
    GAIA_VARI_RRLYRAE("gaia_vari_rrlyrae"),
    /** G-band Fourier parameters fitted by lcfit ({@code gaia_g_fourier/rrab_g_X_rv_gpr_param.dat}). */
    LCFIT_G_PARAMETERS("lcfit_g_parameters"),
    /** A phase-folded Gaia DR2 G curve without its period ({@code gaia_g_folded/lc_dev_g.tar.gz}), fitted here. */
    DR2_FOLDED_CURVE("dr2_folded_curve");

    private final String label;

    InputSource(String label) {
        this.label = label;
    }

    /** The value stored in {@code input_source}. */
    public String label() {
        return label;
    }
}
