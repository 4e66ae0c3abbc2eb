package org.lyrae.ml.catalogue;

/**
 * The columns of the metallicity catalogue, in table order: names (Gaia DR3 {@code vari_rrlyrae}
 * names where the meaning is the same) and Java types. Units, UCDs and descriptions are declarative
 * data in the table descriptor {@code rrlyrae.metallicity} (tap-schema), whose columns must be these,
 * in this order.
 */
public enum CatalogueColumn {
    SOURCE_ID("source_id", Long.class),
    RA("ra", Double.class),
    DEC("dec", Double.class),
    POSITION_ORIGIN("position_origin", String.class),
    POSITION_ERROR("position_error", Double.class),
    INPUT_SOURCE("input_source", String.class),
    BEST_CLASSIFICATION("best_classification", String.class),
    PF("pf", Double.class),
    PF_ERROR("pf_error", Double.class),
    P1_O("p1_o", Double.class),
    P1_O_ERROR("p1_o_error", Double.class),
    NUM_CLEAN_EPOCHS_G("num_clean_epochs_g", Integer.class),
    NUM_HARMONICS_FOR_P1_G("num_harmonics_for_p1_g", Integer.class),
    MEAN_MAG_G("mean_mag_g", Double.class),
    MEAN_MAG_G_ERROR("mean_mag_g_error", Double.class),
    INT_AVERAGE_G("int_average_g", Double.class),
    INT_AVERAGE_G_ERROR("int_average_g_error", Double.class),
    PEAK_TO_PEAK_G("peak_to_peak_g", Double.class),
    PEAK_TO_PEAK_G_ERROR("peak_to_peak_g_error", Double.class),
    A1_G("a1_g", Double.class),
    A1_G_ERROR("a1_g_error", Double.class),
    A2_G("a2_g", Double.class),
    A2_G_ERROR("a2_g_error", Double.class),
    A3_G("a3_g", Double.class),
    A3_G_ERROR("a3_g_error", Double.class),
    R21_G("r21_g", Double.class),
    R21_G_ERROR("r21_g_error", Double.class),
    R31_G("r31_g", Double.class),
    R31_G_ERROR("r31_g_error", Double.class),
    PHI21_G("phi21_g", Double.class),
    PHI21_G_ERROR("phi21_g_error", Double.class),
    PHI31_G("phi31_g", Double.class),
    PHI31_G_ERROR("phi31_g_error", Double.class),
    PHI21_SINE("phi21_sine", Double.class),
    PHI31_SINE("phi31_sine", Double.class),
    FIT_FLAGS("fit_flags", String.class),
    FEH_BAYES("feh_bayes", Double.class),
    FEH_BAYES_ERROR("feh_bayes_error", Double.class),
    FEH_XGB("feh_xgb", Double.class),
    FEH_XGB_ERROR("feh_xgb_error", Double.class),
    FEH_LSTM("feh_lstm", Double.class),
    FEH_LSTM_ERROR("feh_lstm_error", Double.class),
    FEH_TRANSFORMER("feh_transformer", Double.class),
    FEH_TRANSFORMER_ERROR("feh_transformer_error", Double.class),
    METALLICITY("metallicity", Double.class),
    METALLICITY_ERROR("metallicity_error", Double.class),
    FEH_MODELS("feh_models", String.class),
    MODEL_VERSION("model_version", String.class),
    FEH_SPEC("feh_spec", Double.class),
    FEH_SPEC_ERROR("feh_spec_error", Double.class),
    FEH_SPEC_N("feh_spec_n", Integer.class),
    FEH_SPEC_SOURCES("feh_spec_sources", String.class),
    METALLICITY_GAIA("metallicity_gaia", Double.class),
    METALLICITY_GAIA_ERROR("metallicity_gaia_error", Double.class),
    ABS_MAG_G("abs_mag_g", Double.class),
    ABS_MAG_G_ERROR("abs_mag_g_error", Double.class),
    G_ABSORPTION("g_absorption", Double.class),
    G_ABSORPTION_ERROR("g_absorption_error", Double.class),
    DISTANCE_MODULUS("distance_modulus", Double.class),
    DISTANCE_MODULUS_ERROR("distance_modulus_error", Double.class),
    HELIO_DISTANCE("helio_distance", Double.class),
    HELIO_DISTANCE_ERROR("helio_distance_error", Double.class),
    FLAGS("flags", String.class);

    private final String columnName;
    private final Class<?> type;

    CatalogueColumn(String columnName, Class<?> type) {
        this.columnName = columnName;
        this.type = type;
    }

    public String columnName() {
        return columnName;
    }

    public Class<?> type() {
        return type;
    }

    /**
     * The per-model columns ({value, error}) of an estimator, by its {@code MetallicityEstimator.name()};
     * null for a model that has none (it still counts in {@link #METALLICITY}).
     */
    public static CatalogueColumn[] modelColumns(String modelName) {
        switch (modelName.toLowerCase(java.util.Locale.ROOT)) {
            case "bayes": return new CatalogueColumn[] {FEH_BAYES, FEH_BAYES_ERROR};
            case "xgb": case "xgboost": return new CatalogueColumn[] {FEH_XGB, FEH_XGB_ERROR};
            case "lstm": return new CatalogueColumn[] {FEH_LSTM, FEH_LSTM_ERROR};
            case "transformer": return new CatalogueColumn[] {FEH_TRANSFORMER, FEH_TRANSFORMER_ERROR};
            default: return null;
        }
    }
}
