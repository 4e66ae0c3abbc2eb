/**
 * Catalogue assembly: the inputs ({@link org.lyrae.ml.catalogue.CatalogueSource} plug-ins: raw Gaia DR3
 * curves and folded DR2 curves analysed as {@code lyrae analyze} does, lcfit G Fourier parameters, Gaia
 * DR3 {@code vari_rrlyrae} exports), the metallicity models, spectroscopic values, positions
 * ({@link org.lyrae.ml.catalogue.HealpixNested} for stars known only by their Gaia source_id) and
 * distances ({@link org.lyrae.ml.catalogue.Distances}), streamed as one STIL table whose columns are
 * {@link org.lyrae.ml.catalogue.CatalogueColumn}. Loading it into the TAP service is the webapp's
 * {@code catalogue build} command; nothing here knows about SQL.
 */
package org.lyrae.ml.catalogue;
